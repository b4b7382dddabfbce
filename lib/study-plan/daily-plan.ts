import { addDaysToKey } from '../progress/time-zone';

/**
 * Today's study plan towards an exam date, re-planned every day from what was actually done:
 * the due FSRS reviews, new questions from the weakest objectives sized so the whole bank is seen
 * before the exam, and a mock exam when the schedule calls for one. Pure: the caller passes the
 * learner's local dates (lib/progress/time-zone.ts) and the facts.
 */

/** More new questions a day than this is not a plan a person keeps; past it the learner is behind. */
export const MAX_NEW_PER_DAY = 60;
/** A mock exam at least this often while studying… */
export const MOCK_INTERVAL_DAYS = 7;
/** …and in the last days, one unless a mock was taken in the last MIN_DAYS_BETWEEN_FINAL_MOCKS. */
export const FINAL_DAYS = 3;
const MIN_DAYS_BETWEEN_FINAL_MOCKS = 2;
/** The first mock once this share of the bank is seen (or two weeks before the exam). */
const FIRST_MOCK_SEEN_SHARE = 0.25;
const FIRST_MOCK_DAYS_LEFT = 14;
/** New questions come from at most this many of the weakest objectives a day. */
const OBJECTIVES_PER_DAY = 3;

export interface PlanObjective {
  code: string;
  title: string;
  /** Share of the exam in percent. */
  weight: number;
  /** Estimated mastery 0–100, or null while there are too few answers to say. */
  mastery: number | null;
  bankSize: number;
  /** Distinct questions of this objective the learner has answered. */
  seen: number;
}

export interface PlanInput {
  /** The learner's local date, YYYY-MM-DD. */
  today: string;
  examDate: string;
  /** When the date was set, and how many questions were seen then (the pace is measured from it). */
  start: { date: string; seen: number };
  objectives: readonly PlanObjective[];
  reviewsDue: number;
  /** The predicted score, when there is enough data; and the pass mark, 0–100. */
  predicted: number | null;
  passingScore: number;
  /** Local dates of the last mock exam and the last day anything was studied. */
  lastMockDate: string | null;
  lastStudyDate: string | null;
  doneToday: { newQuestions: number; mock: boolean };
}

export type PlanPhase = 'date-passed' | 'exam-day' | 'final-days' | 'study';
export type PaceStatus = 'on-track' | 'behind' | 'none';

export interface ObjectiveShare {
  code: string;
  title: string;
  count: number;
}

export interface DailyPlan {
  /** Days until the exam date: 0 on the day, negative once it has passed. */
  daysLeft: number;
  phase: PlanPhase;
  /** What is still to do today (what was done today is already taken off). */
  reviews: number;
  newQuestions: number;
  newByObjective: ObjectiveShare[];
  mock: { due: boolean; reason: string };
  pace: { status: PaceStatus; behindBy: number; reason: string };
  bank: { total: number; seen: number };
}

/** A plan as the dashboard shows it, with the date it plans for. */
export interface ExamPlanView extends DailyPlan {
  examDate: string;
}

/** Whole days from date key `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);
}

const unseenOf = (o: PlanObjective) => Math.max(0, o.bankSize - o.seen);
/** Weakest first: unknown mastery leads (nothing is known there), then the heavier weight. */
const weakestFirst = (a: PlanObjective, b: PlanObjective) =>
  (a.mastery ?? -1) - (b.mastery ?? -1) || b.weight - a.weight || a.code.localeCompare(b.code);

/** Today's new questions over the weakest objectives that still have unseen ones. */
export function shareNewQuestions(objectives: readonly PlanObjective[], count: number): ObjectiveShare[] {
  const candidates = objectives
    .filter((o) => unseenOf(o) > 0)
    .sort(weakestFirst)
    .slice(0, OBJECTIVES_PER_DAY);
  const shares: ObjectiveShare[] = [];
  let left = count;
  candidates.forEach((objective, index) => {
    const fair = Math.ceil(left / (candidates.length - index));
    const take = Math.min(unseenOf(objective), fair);
    if (take > 0) shares.push({ code: objective.code, title: objective.title, count: take });
    left -= take;
  });
  // What the first ones could not take (small objectives) goes to whoever has room.
  for (const share of shares) {
    if (left <= 0) break;
    const room = unseenOf(candidates.find((o) => o.code === share.code)!) - share.count;
    const extra = Math.min(room, left);
    share.count += extra;
    left -= extra;
  }
  return shares;
}

function phaseOf(daysLeft: number): PlanPhase {
  if (daysLeft < 0) return 'date-passed';
  if (daysLeft === 0) return 'exam-day';
  return daysLeft <= FINAL_DAYS ? 'final-days' : 'study';
}

function mockToday(input: PlanInput, phase: PlanPhase, daysLeft: number, seenShare: number) {
  if (input.doneToday.mock) return { due: false, reason: 'Done today.' };
  if (phase === 'date-passed' || phase === 'exam-day') return { due: false, reason: '' };
  const sinceMock = input.lastMockDate === null ? null : daysBetween(input.lastMockDate, input.today);
  if (phase === 'final-days') {
    return sinceMock === null || sinceMock >= MIN_DAYS_BETWEEN_FINAL_MOCKS
      ? { due: true, reason: 'A full mock exam under exam conditions, in the last days before the exam.' }
      : { due: false, reason: 'You took a mock exam recently; review your weak answers instead.' };
  }
  if (sinceMock === null) {
    return seenShare >= FIRST_MOCK_SEEN_SHARE || daysLeft <= FIRST_MOCK_DAYS_LEFT
      ? { due: true, reason: 'Your first mock exam: it shows where you stand under exam conditions.' }
      : { due: false, reason: `The first mock comes once you have seen a quarter of the questions.` };
  }
  return sinceMock >= MOCK_INTERVAL_DAYS
    ? {
        due: true,
        reason: `Your last mock exam was ${sinceMock} days ago: one a week keeps the score honest.`,
      }
    : { due: false, reason: `Next mock exam in ${MOCK_INTERVAL_DAYS - sinceMock} days.` };
}

export function planToday(input: PlanInput): DailyPlan {
  const daysLeft = daysBetween(input.today, input.examDate);
  const phase = phaseOf(daysLeft);
  const total = input.objectives.reduce((sum, o) => sum + o.bankSize, 0);
  const seen = input.objectives.reduce((sum, o) => sum + Math.min(o.seen, o.bankSize), 0);
  const unseen = total - seen;
  const bank = { total, seen };
  const reviews = Math.max(0, input.reviewsDue);
  const mock = mockToday(input, phase, daysLeft, total === 0 ? 0 : seen / total);

  if (phase === 'date-passed') {
    const reason = 'Your exam date has passed. Set your new date to get a plan again.';
    return {
      daysLeft,
      phase,
      reviews,
      newQuestions: 0,
      newByObjective: [],
      mock,
      pace: { status: 'none', behindBy: 0, reason },
      bank,
    };
  }
  if (phase === 'exam-day') {
    const reason = 'Exam day: at most a light review, then rest. Good luck!';
    return {
      daysLeft,
      phase,
      reviews: 0,
      newQuestions: 0,
      newByObjective: [],
      mock,
      pace: { status: 'none', behindBy: 0, reason },
      bank,
    };
  }

  // New questions every day until the day before the exam, which is for a mock and reviews.
  const newDays = daysLeft - 1;
  const neededPerDay = newDays > 0 ? Math.ceil(unseen / newDays) : 0;
  const plannedToday = Math.min(neededPerDay, MAX_NEW_PER_DAY, unseen);
  const newQuestions = Math.max(0, plannedToday - input.doneToday.newQuestions);
  return {
    daysLeft,
    phase,
    reviews,
    newQuestions,
    newByObjective: shareNewQuestions(input.objectives, newQuestions),
    mock,
    pace: paceOf(input, { unseen, seen, newDays, neededPerDay }),
    bank,
  };
}

interface Coverage {
  unseen: number;
  seen: number;
  newDays: number;
  neededPerDay: number;
}

/**
 * On track or behind, and why. Behind by N questions = the questions a steady pace from the day
 * the date was set would have covered by the end of yesterday, minus those actually seen (today's
 * share is not owed yet); or, when even the daily maximum cannot cover the bank in time, what
 * will be left unseen. A predicted score under the pass mark in the last week is also "behind".
 */
function paceOf(input: PlanInput, { unseen, seen, newDays, neededPerDay }: Coverage): DailyPlan['pace'] {
  const idle = input.lastStudyDate === null ? null : daysBetween(input.lastStudyDate, input.today);
  const idleNote = idle !== null && idle >= 2 ? ` Nothing was studied for ${idle - 1} days.` : '';
  const planDays = Math.max(1, daysBetween(input.start.date, input.examDate) - 1);
  const elapsed = Math.min(planDays, Math.max(0, daysBetween(input.start.date, input.today)));
  const unseenAtStart = Math.max(0, seen + unseen - input.start.seen);
  const expected = input.start.seen + Math.floor((unseenAtStart * elapsed) / planDays);
  const lagging = Math.max(0, expected - seen);
  const uncoverable = Math.max(0, unseen - MAX_NEW_PER_DAY * Math.max(0, newDays));

  if (uncoverable > 0) {
    const reason =
      newDays <= 0
        ? `${unseen} questions are still unseen and the exam is tomorrow: take a mock exam and review your weak answers.`
        : `Seeing all ${unseen} unseen questions in time would take ${neededPerDay} a day; the plan stops at ${MAX_NEW_PER_DAY}, so ${uncoverable} will stay unseen. Consider a later date.${idleNote}`;
    return { status: 'behind', behindBy: Math.max(lagging, uncoverable), reason };
  }
  if (lagging > 0) {
    return {
      status: 'behind',
      behindBy: lagging,
      reason: `You have seen ${seen} questions; the plan expected ${expected} by today. Today's ${neededPerDay} new questions catch up by the exam.${idleNote}`,
    };
  }
  const daysLeft = newDays + 1;
  if (input.predicted !== null && input.predicted < input.passingScore && daysLeft <= MOCK_INTERVAL_DAYS) {
    return {
      status: 'behind',
      behindBy: 0,
      reason: `Your predicted score ${Math.round(input.predicted)}% is under the pass mark ${input.passingScore}% with ${daysLeft} days left: focus on your weakest objectives.`,
    };
  }
  const reason =
    unseen === 0
      ? 'You have seen every question. Keep up the reviews and the mock exams.'
      : `${seen} of ${seen + unseen} questions seen; ${neededPerDay} new a day covers the rest by ${addDaysToKey(input.today, newDays)}.`;
  return { status: 'on-track', behindBy: 0, reason };
}
