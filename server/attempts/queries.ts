import 'server-only';
import { choicesRequired, questionKindOf } from '@/lib/exam/answers';
import { keyOf as structuredKeyOf, presentStructured, seedOf, settingsOf } from '@/lib/exam/kinds';
import { exhibitsOf } from '@/lib/exam/exhibits';
import { seededRandom } from '@/lib/exam/random';
import { isFullMarks, scoreAnswer, scoreAttempt } from '@/lib/exam/scoring';
import { timeUsedMs } from '@/lib/exam/timing';
import type {
  AnswerFeedback,
  AttemptResultView,
  ObjectiveResult,
  ReviewItem,
  RunnerQuestion,
  RunnerView,
} from '@/lib/exam/views';
import { assertUser, type SessionUser } from '@/lib/auth/guards';
import { appDatabase } from '@/server/db';
import type { AttemptHead } from './head';
import { num, numOrNull, optionsOf, parseJson, referencesOf, selectedOf, str } from '@/server/row-values';
import { attemptQuestionRows } from './question-rows';
import { caseStudiesOf, caseStudyOf } from './case-sections';
import { answerFeedback } from './feedback';
import { practicableMistakesQuery } from './mistakes';
import { earlyResult, type EarlyResult, type ResultReads } from './result-reads';
import { touchAttempt } from './submit';

export type RunnerLookup = { state: 'open'; view: RunnerView } | { state: 'closed'; head: AttemptHead };

/**
 * The runner's view of an open attempt: its questions without the key, the stored answers and
 * flags, and (practice only) the feedback of the questions already answered. An attempt past
 * its deadline is submitted first and reported closed.
 */
export async function getRunnerView(
  actor: SessionUser | null,
  id: unknown,
  now: Date,
): Promise<RunnerLookup> {
  // The questions are read together with the head (one round-trip time, not two, against a
  // remote primary) and used only once the head proved the attempt this learner's and open.
  const questionsRead = typeof id === 'string' ? attemptQuestionRows(appDatabase().client, id) : null;
  questionsRead?.catch(() => undefined);
  const head = await touchAttempt(actor, id, now);
  if (head.status !== 'in_progress') return { state: 'closed', head };
  const rows = await (questionsRead ?? attemptQuestionRows(appDatabase().client, head.id));
  const practice = head.mode !== 'mock';
  const questions: RunnerQuestion[] = [];
  const answers: Record<number, string[]> = {};
  const revisions: Record<number, number> = {};
  const flags: Record<number, boolean> = {};
  const struck: Record<number, string[]> = {};
  const feedback: Record<number, AnswerFeedback> = {};
  for (const row of rows) {
    const position = num(row.position);
    const options = optionsOf(row.options);
    const settings = settingsOf(row.settings);
    const type = questionKindOf(row.type, options, settings);
    questions.push({
      position,
      type,
      choose: choicesRequired(type, options),
      stem: str(row.stem),
      // Never the key: only ids and texts leave the server before the answer is final (matching
      // and ordering entries in a shuffled order that is the same on every reload).
      options: settings.kind
        ? presentStructured(settings.kind, options, seededRandom(seedOf(`${head.id}:${position}`)))
        : options.map((o) => ({ id: o.id, text: o.text })),
      ...(settings.kind ? { partialCredit: settings.partialCredit === true } : {}),
      ...(settings.kind === 'matching' ? { responsesReusable: settings.responsesReusable === true } : {}),
      objective:
        practice && row.objective_title !== null
          ? `${str(row.objective_code)} ${str(row.objective_title)}`
          : null,
      ...exhibitsField(row.exhibits),
      ...caseStudyOf(row),
    });
    const selected = selectedOf(row.selected);
    if (selected) answers[position] = selected;
    if (row.revision !== null) revisions[position] = num(row.revision);
    if (num(row.flagged) === 1) flags[position] = true;
    const struckIds = parseJson<string[]>(row.struck, []);
    if (struckIds.length > 0) struck[position] = struckIds;
    if (practice && selected) {
      feedback[position] = answerFeedback(options, settings, selected, row);
    }
  }
  return {
    state: 'open',
    view: {
      id: head.id,
      mode: head.mode,
      diagnostic: head.settings.source === 'diagnostic',
      exam: head.exam,
      startedAt: head.startedAt.getTime(),
      deadlineAt: head.deadlineAt?.getTime() ?? null,
      serverNow: now.getTime(),
      questions,
      answers,
      revisions,
      flags,
      struck,
      feedback,
      caseStudies: caseStudiesOf(rows),
    },
  };
}

/** `{ exhibits }` only when the version has some (most have none: the view stays small). */
function exhibitsField(stored: string): { exhibits?: ReturnType<typeof exhibitsOf> } {
  if (stored === '[]') return {};
  const exhibits = exhibitsOf(stored);
  return exhibits.length > 0 ? { exhibits } : {};
}

export type ResultLookup =
  | { state: 'open'; head: AttemptHead }
  | {
      state: 'closed';
      result: AttemptResultView;
      /** The mock's percentile when it was read with the result (result-reads.ts). */
      percentile?: { betterThan: number | null | undefined };
    };

/**
 * The result of a closed attempt: score, pass/fail, time, the breakdown by objective (weakest
 * first) and the review of every question with the key. An open attempt has no result yet; one
 * past its deadline is submitted first (so a result page opened late shows the result).
 */
export async function getAttemptResult(
  actor: SessionUser | null,
  id: unknown,
  now: Date,
  /** readResult, started before the caller was known (the result page): used when it is for `id`. */
  preloaded?: Promise<ResultReads | null>,
): Promise<ResultLookup> {
  const early = await earlyResult(preloaded, id, assertUser(actor), now);
  const head = early?.head ?? (await touchAttempt(actor, id, now));
  if (head.status === 'in_progress') return { state: 'open', head };
  const rows = early?.rows ?? (await attemptQuestionRows(appDatabase().client, head.id));

  const items: ReviewItem[] = [];
  const objectiveKeys: (number | null)[] = [];
  const objectiveNames = new Map<number | null, { code: string; title: string }>();
  const keyOf = new Map<string, number>();
  for (const row of rows) {
    const options = optionsOf(row.options);
    const settings = settingsOf(row.settings);
    const selected = selectedOf(row.selected);
    const chosen = new Set(selected ?? []);
    const score = scoreAnswer(options, selected, settings);
    const objective =
      row.objective_code === null ? null : { code: str(row.objective_code), title: str(row.objective_title) };
    // Group by the objective shown; an objective deleted since then groups as "Other".
    const label = objective ? objective.code : '';
    if (!keyOf.has(label)) keyOf.set(label, keyOf.size);
    const key = objective ? (keyOf.get(label) as number) : null;
    objectiveKeys.push(key);
    objectiveNames.set(key, objective ?? { code: '—', title: 'Other' });
    items.push({
      position: num(row.position),
      questionId: num(row.question_id),
      questionVersionId: num(row.question_version_id),
      type: questionKindOf(row.type, options, settings),
      stem: str(row.stem),
      ...exhibitsField(row.exhibits),
      options: options.map((o) => ({ id: o.id, text: o.text, correct: o.correct, chosen: chosen.has(o.id) })),
      answered: selected !== null,
      correct: isFullMarks(score),
      score,
      ...(settings.kind
        ? {
            structured: {
              given: selected ?? [],
              key: structuredKeyOf(settings.kind, options),
              partialCredit: settings.partialCredit === true,
            },
          }
        : {}),
      flagged: num(row.flagged) === 1,
      explanation: str(row.explanation),
      references: referencesOf(row.refs),
      objective,
      timeSpentMs: numOrNull(row.time_spent_ms) ?? 0,
      ...caseStudyOf(row),
    });
  }
  const score = scoreAttempt(
    rows.map((row, i) => ({
      objectiveId: objectiveKeys[i] ?? null,
      options: optionsOf(row.options),
      selected: selectedOf(row.selected),
      settings: settingsOf(row.settings),
    })),
    head.mode === 'mock' ? head.settings.passingScore : null,
  );
  const byObjective: ObjectiveResult[] = score.byObjective.map((o) => ({
    ...(objectiveNames.get(o.objectiveId) ?? { code: '—', title: 'Other' }),
    correct: o.correct,
    total: o.total,
    percent: o.percent,
  }));
  const mistakes = await countPracticableMistakes(head, items, early);
  const ended = head.submittedAt ?? head.startedAt;
  return {
    state: 'closed',
    result: {
      id: head.id,
      mode: head.mode,
      diagnostic: head.settings.source === 'diagnostic',
      status: head.status === 'abandoned' ? 'abandoned' : 'submitted',
      exam: head.exam,
      startedAt: head.startedAt.getTime(),
      submittedAt: head.submittedAt?.getTime() ?? null,
      submitReason: head.submitReason,
      timeUsedMs: head.submittedAt ? timeUsedMs(head.startedAt, ended) : 0,
      timeLimitMs: head.deadlineAt ? head.deadlineAt.getTime() - head.startedAt.getTime() : null,
      // The stored score is the result of record; it equals the recomputation (versions are pinned).
      correct: head.correctCount ?? score.correct,
      total: items.length,
      answered: score.answered,
      percent: head.scorePercent ?? score.percent,
      passingScore: head.mode === 'mock' ? head.settings.passingScore : null,
      passed: head.mode === 'mock' ? (head.passed ?? score.passed) : null,
      byObjective,
      items,
      mistakesAvailable: mistakes,
      caseStudies: caseStudiesOf(rows),
    },
    ...(early ? { percentile: { betterThan: early.percentile } } : {}),
  };
}

/** How many of the missed questions are still active (what "practice my mistakes" would ask). */
async function countPracticableMistakes(
  head: AttemptHead,
  items: ReviewItem[],
  early: EarlyResult | null,
): Promise<number> {
  if (head.status !== 'submitted' || items.every((i) => i.correct)) return 0;
  if (early) return early.mistakes;
  const [row] = await practicableMistakesQuery(head.id);
  return row?.n ?? 0;
}
