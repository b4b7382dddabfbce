'use client';

import { useEffect, useRef, useState } from 'react';
import { describeRemaining, formatClock, timerTone } from '@/lib/exam/timing';

/**
 * Milliseconds left until the server's deadline, ticking each second. The first render uses the
 * server's clock (so the server-rendered HTML and hydration agree); after mounting, the browser's
 * clock corrected by its offset from the server's. Calls onExpire once when it reaches zero.
 */
export function useRemaining(
  deadlineAt: number | null,
  serverNow: number,
  onExpire: () => void,
): number | null {
  const [remaining, setRemaining] = useState(
    deadlineAt === null ? null : Math.max(0, deadlineAt - serverNow),
  );
  const expired = useRef(false);
  const expire = useRef(onExpire);
  useEffect(() => {
    expire.current = onExpire;
  }, [onExpire]);

  useEffect(() => {
    if (deadlineAt === null) return;
    const offset = serverNow - Date.now();
    let timer = 0;
    const tick = () => {
      const left = Math.max(0, deadlineAt - (Date.now() + offset));
      setRemaining(left);
      if (left === 0) {
        if (!expired.current) {
          expired.current = true;
          expire.current();
        }
        return;
      }
      // Wake on the next whole second of the countdown.
      timer = window.setTimeout(tick, (left % 1000) + 20);
    };
    tick();
    return () => window.clearTimeout(timer);
  }, [deadlineAt, serverNow]);

  return remaining;
}

const TONES = {
  normal: 'bg-slate-100 text-slate-800',
  warning: 'bg-amber-100 text-amber-900 ring-1 ring-amber-300',
  critical: 'bg-red-700 text-white',
} as const;

export function Countdown({ remaining }: { remaining: number }) {
  const tone = timerTone(remaining);
  return (
    <div
      className={`flex shrink-0 items-center gap-1.5 rounded-lg px-2.5 py-1.5 font-mono text-base font-semibold tabular-nums sm:gap-2 sm:px-3 sm:text-lg ${TONES[tone]}`}
    >
      <svg aria-hidden viewBox="0 0 20 20" className="h-4 w-4" fill="currentColor">
        <path
          fillRule="evenodd"
          d="M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16Zm.75-12.5a.75.75 0 0 0-1.5 0V10c0 .2.08.39.22.53l2.5 2.5a.75.75 0 1 0 1.06-1.06l-2.28-2.28V5.5Z"
          clipRule="evenodd"
        />
      </svg>
      <span role="timer" aria-label={`Time remaining: ${describeRemaining(remaining)}`}>
        {formatClock(remaining)}
      </span>
    </div>
  );
}
