'use client';

import {
  CartesianGrid,
  LabelList,
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

/** Up to this many points each carries its score as a label; past it labels would overlap. */
const LABELLED_POINTS = 12;
/** Up to this many points the x axis ticks sit on the points themselves, not on evenly spaced days. */
const TICKED_POINTS = 6;
/** slate-600: 7.6:1 on white, for axis text and labels. */
const TEXT = '#475569';

/**
 * Scores over time, mock exams and practice as separate lines, with the passing score drawn.
 * Decorative for screen readers (aria-hidden, and recharts' keyboard layer off so nothing inside
 * is focusable): the table next to it carries the same data.
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
  const times = [...new Set(all.map((p) => p.at))].sort((a, b) => a - b);
  const first = times[0] ?? 0;
  const last = times[times.length - 1] ?? 0;
  // Room either side in proportion to the span, so a few sessions of one evening spread out too.
  const pad = last > first ? (last - first) * 0.08 : 3_600_000;
  // Sessions of a single day differ by the time of day, which the ticks then show ("02:35").
  const oneDay = formatShortDay(first, timeZone) === formatShortDay(last, timeZone);
  const tick = (ms: number) =>
    oneDay ? formatDayTime(ms, timeZone).slice(-5) : formatShortDay(ms, timeZone);
  const labelled = all.length <= LABELLED_POINTS;
  const label = (value: unknown) => `${Math.floor(Number(value) + 1e-9)}%`;
  return (
    <div aria-hidden="true" className="h-64 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart accessibilityLayer={false} margin={{ top: 20, right: 20, bottom: 0, left: -16 }}>
          <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" />
          <XAxis
            dataKey="at"
            type="number"
            scale="time"
            domain={[first - pad, last + pad]}
            ticks={times.length <= TICKED_POINTS ? times : undefined}
            tickFormatter={tick}
            tick={{ fontSize: 12, fill: TEXT }}
          />
          <YAxis
            domain={[0, 100]}
            ticks={[0, 25, 50, 75, 100]}
            unit="%"
            tick={{ fontSize: 12, fill: TEXT }}
          />
          <Tooltip
            labelFormatter={(value) => formatDayTime(Number(value), timeZone)}
            formatter={(value) => [label(value)]}
          />
          <Legend wrapperStyle={{ fontSize: 13, color: TEXT }} />
          <ReferenceLine
            y={passingScore}
            stroke="#64748b"
            strokeDasharray="6 4"
            label={{ value: `pass ${passingScore}%`, position: 'insideBottomLeft', fontSize: 11, fill: TEXT }}
          />
          <Line
            data={series.mock}
            dataKey="percent"
            name="Mock exams"
            stroke="#1f57d6"
            strokeWidth={2.5}
            dot={{ r: 5, fill: '#1f57d6' }}
            isAnimationActive={false}
          >
            {labelled ? (
              <LabelList dataKey="percent" position="top" formatter={label} fontSize={12} fill="#1a45ab" />
            ) : null}
          </Line>
          <Line
            data={series.practice}
            dataKey="percent"
            name="Practice"
            stroke="#b45309"
            strokeWidth={1.5}
            strokeDasharray="5 3"
            dot={{ r: 4, fill: '#b45309' }}
            isAnimationActive={false}
          >
            {labelled ? (
              <LabelList dataKey="percent" position="bottom" formatter={label} fontSize={12} fill="#92400e" />
            ) : null}
          </Line>
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
