import 'server-only';
import { and, desc, eq, inArray, like, lt, or, sql, type SQL } from 'drizzle-orm';
import { auditLog, objectives, questionVersionMeta, questionVersions, users } from '@/database/schema';
import { describeAuditEntry, type AuditLine } from '@/lib/studio/audit-diff';
import type { VersionContent } from '@/lib/studio/version-diff';
import { auditQuerySchema } from '@/lib/validation/studio';
import { assertRole, type SessionUser } from '@/lib/auth/guards';
import { appDatabase } from '../db';
import { VERSION_CONTENT } from './question-reads';

export const AUDIT_PAGE_SIZE = 50;

export interface AuditRow {
  id: number;
  action: string;
  actor: string | null;
  targetType: string | null;
  targetId: string | null;
  details: Record<string, unknown>;
  /** The details as readable lines (before → after), for the page. */
  changes: AuditLine[];
  createdAt: number;
}

/** The studio's audit trail (studio.* actions only: account events stay with admins), newest first, keyset-paged by id. */
export async function listStudioAudit(
  actor: SessionUser | null,
  input: unknown,
): Promise<{
  rows: AuditRow[];
  nextBefore: number | null;
  query: ReturnType<typeof auditQuerySchema.parse>;
}> {
  assertRole(actor, 'moderator');
  const query = auditQuerySchema.parse(input ?? {});
  const where: (SQL | undefined)[] = [like(auditLog.action, 'studio.%')];
  if (query.action) where.push(eq(auditLog.action, query.action));
  if (query.actor)
    where.push(or(like(users.email, `%${query.actor}%`), like(users.name, `%${query.actor}%`)));
  if (query.target) where.push(eq(auditLog.targetId, query.target));
  if (query.before) where.push(lt(auditLog.id, query.before));
  const rows = await appDatabase()
    .db.select({
      id: auditLog.id,
      action: auditLog.action,
      actor: sql<string | null>`coalesce(${users.name} || ' <' || ${users.email} || '>', ${users.email})`,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      details: auditLog.details,
      createdAt: auditLog.createdAt,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(...where))
    .orderBy(desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE + 1);
  const kept = rows.slice(0, AUDIT_PAGE_SIZE);
  const versions = await loadEditedVersions(kept);
  const page = kept.map((r) => ({
    ...r,
    createdAt: r.createdAt.getTime(),
    changes: describeAuditEntry(r.action, r.details, versionPair(r, versions)),
  }));
  return { rows: page, nextBefore: rows.length > AUDIT_PAGE_SIZE ? (page.at(-1)?.id ?? null) : null, query };
}

const EDIT_ACTIONS = new Set(['studio.question_edited', 'studio.question_restored']);
type Row = { action: string; targetId: string | null; details: Record<string, unknown> };
const versionKey = (questionId: number, version: number) => `${questionId}:${version}`;

/** The version numbers a question edit joined: { from, version } in its details. */
function editedVersions(row: Row): { questionId: number; from: number; to: number } | null {
  const questionId = Number(row.targetId);
  const { from, version } = row.details;
  if (!EDIT_ACTIONS.has(row.action) || !Number.isSafeInteger(questionId)) return null;
  return typeof from === 'number' && typeof version === 'number' ? { questionId, from, to: version } : null;
}

function versionPair(row: Row, versions: Map<string, VersionContent>) {
  const edit = editedVersions(row);
  const before = edit && versions.get(versionKey(edit.questionId, edit.from));
  const after = edit && versions.get(versionKey(edit.questionId, edit.to));
  return before && after ? { before, after } : null;
}

/** The content of every version the page's question edits joined: one query for the page. */
async function loadEditedVersions(rows: Row[]): Promise<Map<string, VersionContent>> {
  const edits = rows.map(editedVersions).filter((e) => e !== null);
  const wanted = new Set(
    edits.flatMap((e) => [versionKey(e.questionId, e.from), versionKey(e.questionId, e.to)]),
  );
  if (wanted.size === 0) return new Map();
  const v = questionVersions;
  const m = questionVersionMeta;
  const found = await appDatabase()
    .db.select({
      questionId: v.questionId,
      version: v.version,
      ...VERSION_CONTENT,
    })
    .from(v)
    .leftJoin(m, eq(m.questionVersionId, v.id))
    .leftJoin(objectives, eq(objectives.id, m.objectiveId))
    .where(inArray(v.questionId, [...new Set(edits.map((e) => e.questionId))]));
  const versions = new Map<string, VersionContent>();
  for (const { questionId, version, ...content } of found) {
    const key = versionKey(questionId, version);
    if (wanted.has(key)) versions.set(key, content);
  }
  return versions;
}
