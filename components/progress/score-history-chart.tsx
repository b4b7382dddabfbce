'use client';

import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatDayTime, formatShortDay } from '@/lib/progress/format-time';
import type { ScoreSeries } from '@/lib/progress/score-history';

/**
 * Scores over time, mock exams and practice as separate lines, with the passing score drawn.
 * Decorative for screen readers (aria-hidden): the table next to it carries the same data.
 */
export function ScoreHistoryChart({
  series,
  passingScore,
  timeZone,
}: {
  series: ScoreSeries;
  passingScore: number;
  timeZone: string;
}) {
  const all = [...series.mock, ...series.practice];
  const first = Math.min(...all.map((p) => p.at));
  const last = Math.max(...all.map((p) => p.at));
  const pad = Math.max(3_600_000, (last - first) * 0.03);
  return (
    <div aria-hidden className="h-64 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart margin={{ top: 8, right: 16, bottom: 0, left: -16 }}>
          <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" />
          <XAxis
            dataKey="at"
            type="number"
            scale="time"
            domain={[first - pad, last + pad]}
            tickFormatter={(ms: number) => formatShortDay(ms, timeZone)}
            tick={{ fontSize: 12, fill: '#64748b' }}
          />
          <YAxis
            domain={[0, 100]}
            ticks={[0, 25, 50, 75, 100]}
            unit="%"
            tick={{ fontSize: 12, fill: '#64748b' }}
          />
          <Tooltip
            labelFormatter={(value) => formatDayTime(Number(value), timeZone)}
            formatter={(value) => [`${Math.round(Number(value))}%`]}
          />
          <Legend wrapperStyle={{ fontSize: 13 }} />
          <ReferenceLine
            y={passingScore}
            stroke="#64748b"
            strokeDasharray="6 4"
            label={{
              value: `pass ${passingScore}%`,
              position: 'insideTopLeft',
              fontSize: 11,
              fill: '#475569',
            }}
          />
          <Line
            data={series.mock}
            dataKey="percent"
            name="Mock exams"
            stroke="#1f57d6"
            strokeWidth={2.5}
            dot={{ r: 4 }}
            isAnimationActive={false}
          />
          <Line
            data={series.practice}
            dataKey="percent"
            name="Practice"
            stroke="#d97706"
            strokeWidth={1.5}
            strokeDasharray="5 3"
            dot={{ r: 3 }}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
