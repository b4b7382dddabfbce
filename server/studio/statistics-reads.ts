import 'server-only';
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import { examStats, objectives, questions, questionStats, questionVersions } from '@/database/schema';
import type { ItemStatistics, PoorItemReason, ReliabilityStatistics } from '@/lib/studio/statistics';
import { assertRole, type SessionUser } from '@/lib/auth/guards';
import { appDatabase } from '../db';
import { isCurrentVersion } from './current-version';

export interface StoredExamStatistics {
  attempts: number;
  answers: number;
  reliability: ReliabilityStatistics;
  computedAt: number;
  items: {
    questionId: number;
    stem: string;
    objectiveCode: string;
    responses: number;
    facility: number | null;
    discrimination: number | null;
    poor: boolean;
    reasons: PoorItemReason[];
    options: ItemStatistics['options'];
    /** Matching/ordering: the parts' figures (no option table). */
    kind?: ItemStatistics['kind'];
    parts?: ItemStatistics['parts'];
  }[];
}

const NO_RELIABILITY: ReliabilityStatistics = {
  attempts: 0,
  items: 0,
  excludedAttempts: 0,
  meanScore: null,
  scoreStandardDeviation: null,
  kr20: null,
  alpha: null,
  sem: null,
};

/** The statistics as last computed, or null before the first computation. */
export async function getStoredStatistics(
  actor: SessionUser | null,
  examId: number,
  onlyPoor = false,
): Promise<StoredExamStatistics | null> {
  assertRole(actor, 'moderator');
  const { db } = appDatabase();
  const [head] = await db
    .select({
      attempts: examStats.attempts,
      answers: examStats.answers,
      details: examStats.details,
      computedAt: examStats.computedAt,
    })
    .from(examStats)
    .where(eq(examStats.examId, examId));
  if (!head) return null;
  const st = questionStats;
  const rows = await db
    .select({
      questionId: st.questionId,
      responses: st.responses,
      facility: st.facility,
      discrimination: st.discrimination,
      poor: st.poor,
      details: st.details,
      objectiveCode: objectives.code,
      stem: sql<string>`substr(${questionVersions.stem}, 1, 400)`,
    })
    .from(st)
    .innerJoin(questions, eq(questions.id, st.questionId))
    .innerJoin(objectives, eq(objectives.id, questions.objectiveId))
    .innerJoin(questionVersions, isCurrentVersion)
    .where(and(eq(st.examId, examId), onlyPoor ? eq(st.poor, true) : undefined))
    .orderBy(desc(st.poor), isNull(st.discrimination), asc(st.discrimination))
    .limit(1000);
  return {
    attempts: head.attempts,
    answers: head.answers,
    reliability: { ...NO_RELIABILITY, ...(head.details as Partial<ReliabilityStatistics>) },
    computedAt: head.computedAt.getTime(),
    items: rows.map(({ details, ...row }) => {
      const {
        reasons = [],
        options = [],
        kind,
        parts,
      } = details as {
        reasons?: PoorItemReason[];
        options?: ItemStatistics['options'];
        kind?: ItemStatistics['kind'];
        parts?: ItemStatistics['parts'];
      };
      return { ...row, reasons, options, ...(kind && parts ? { kind, parts } : {}) };
    }),
  };
}
