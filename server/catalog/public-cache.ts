import 'server-only';
import { dropCachedPublicPages } from '../page-cache/registry';
import { getPublishedExam, listPublishedExams, type ExamDetail, type ExamSummary } from './queries';

/**
 * The catalog's public data — the list of published exams and each published exam with its
 * objectives — kept in memory, because the home page, the catalog and every exam page show the
 * same data to every visitor and, against Turso, each read of it is a network round trip.
 *
 * Exact in this process: every studio change that shows there (publish/unpublish, an exam's
 * details, objectives and weights, a question created, retired, restored or moved, an import)
 * calls invalidatePublicExam(examId), so the next request reads the database again. Other app
 * processes see a change after at most PUBLIC_CATALOG_TTL_MS (docs/PERFORMANCE.md, "Scaling
 * out"). Why not Next's Cache Components: see the same section (the per-request CSP nonce).
 */
export const PUBLIC_CATALOG_TTL_MS = 30_000;

interface Entry {
  expiresAt: number;
  value: Promise<unknown>;
  /** The exam an entry is about once loaded; undefined for the list and while loading. */
  examId?: number;
}

const LIST_KEY = 'published-exams';
const store = globalThis as typeof globalThis & { __pingtopassPublicCatalog?: Map<string, Entry> };

function entries(): Map<string, Entry> {
  return (store.__pingtopassPublicCatalog ??= new Map());
}

function remember<T>(key: string, load: () => Promise<T>, examIdOf: (value: T) => number | undefined) {
  const now = performance.now();
  const cached = entries().get(key);
  if (cached && cached.expiresAt > now) return cached.value as Promise<T>;
  const entry: Entry = { expiresAt: now + PUBLIC_CATALOG_TTL_MS, value: load() };
  entries().set(key, entry);
  (entry.value as Promise<T>).then(
    (value) => {
      entry.examId = examIdOf(value);
      // Nothing to remember of an unknown or draft exam: the next request asks again.
      if (value === null && entries().get(key) === entry) entries().delete(key);
    },
    () => {
      if (entries().get(key) === entry) entries().delete(key);
    },
  );
  return entry.value as Promise<T>;
}

/** listPublishedExams, from memory. */
export function publishedExams(): Promise<ExamSummary[]> {
  return remember(LIST_KEY, listPublishedExams, () => undefined);
}

/** getPublishedExam, from memory. */
export function publishedExam(slug: string): Promise<ExamDetail | null> {
  return remember(
    `exam:${slug}`,
    () => getPublishedExam(slug),
    (exam) => exam?.id,
  );
}

/**
 * Forgets what the catalog knows of this exam: the list, the exam's own entry, and every entry
 * still loading (its exam is not known yet, and its read may predate the change); and every
 * rendered public page the production server keeps (server/page-cache: they all show the list or
 * an exam, and a slug may have changed, so all of them go — a few renders per studio write).
 */
export function invalidatePublicExam(examId: number): void {
  dropCachedPublicPages();
  for (const [key, entry] of entries()) {
    if (key === LIST_KEY || entry.examId === undefined || entry.examId === examId) entries().delete(key);
  }
}
