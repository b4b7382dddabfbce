import { cache } from 'react';
import { AttemptNotFoundError } from '@/lib/exam/errors';
import { attemptIdSchema } from '@/lib/validation/attempts';
import { getAttemptResult, getRunnerView } from '@/server/attempts/queries';
import { readResult } from '@/server/attempts/result-reads';
import { getCurrentUser } from '@/server/auth/session';

// The runner and result pages read their attempt once per request: generateMetadata (the
// precise <title>) and the page share these memoised lookups. null: no such attempt for this
// learner (unknown, malformed or another learner's id look the same); 'anonymous': sign in first.

const NOT_FOUND = null;

async function lookUp<T>(rawId: string, read: (id: string) => Promise<T>): Promise<T | null | 'anonymous'> {
  const id = attemptIdSchema.safeParse(rawId);
  if (!id.success) return NOT_FOUND;
  if (!(await getCurrentUser())) return 'anonymous';
  return read(id.data).catch((error: unknown) => {
    if (error instanceof AttemptNotFoundError) return NOT_FOUND;
    throw error;
  });
}

export const lookUpRunner = cache((rawId: string) =>
  lookUp(rawId, async (id) => getRunnerView(await getCurrentUser(), id, new Date())),
);

export const lookUpResult = cache((rawId: string) => {
  // The result's reads go out with the session check (one round-trip time less against a remote
  // primary); getAttemptResult uses them only once the attempt proved the caller's.
  const reads = readResult(rawId, new Date());
  reads.catch(() => undefined);
  return lookUp(rawId, async (id) => getAttemptResult(await getCurrentUser(), id, new Date(), reads));
});

export const NOT_FOUND_TITLE = 'Attempt not found';
