import { addDaysToKey } from './time-zone';

export interface Streak {
  /** Consecutive local days with study, ending today, or yesterday while today is still open. */
  days: number;
  studiedToday: boolean;
}

/**
 * The current streak from the set of local days (date keys) on which the learner studied.
 * A streak is not broken until a whole day passes without study: at 8 am, yesterday's streak
 * still counts even though nothing was done yet today.
 */
export function currentStreak(studiedDays: ReadonlySet<string>, todayKey: string): Streak {
  const studiedToday = studiedDays.has(todayKey);
  let day = studiedToday ? todayKey : addDaysToKey(todayKey, -1);
  let days = 0;
  while (studiedDays.has(day)) {
    days += 1;
    day = addDaysToKey(day, -1);
  }
  return { days, studiedToday };
}
