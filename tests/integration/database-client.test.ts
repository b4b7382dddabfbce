import { createClient, type Client } from '@libsql/client';
import { describe, expect, it } from 'vitest';
import { getDatabase, isBusyError, openDatabase } from '../../database/client';
import { getDatabaseConfig } from '../../database/config';

function insertExam(slug: string) {
  const now = Date.now();
  return {
    sql: `INSERT INTO exams (slug, code, title, vendor, duration_minutes, question_count, passing_score, created_at, updated_at)
          VALUES (?, 'X-1', 'Busy exam', 'Test', 10, 1, 50, ?, ?)`,
    args: [slug, now, now],
  };
}

async function examExists(slug: string): Promise<boolean> {
  const result = await getDatabase('test').client.execute({
    sql: 'SELECT 1 FROM exams WHERE slug = ?',
    args: [slug],
  });
  return result.rows.length === 1;
}

interface HeldLock {
  release(): Promise<void>;
}

/** Takes the database's write lock from a second connection; resolves once it is held. */
async function holdWriteLock(url: string): Promise<HeldLock> {
  const other = createClient({ url });
  const tx = await other.transaction('write');
  await tx.execute(insertExam(`lock-holder-${Date.now()}`));
  return {
    async release() {
      await tx.commit();
      other.close();
    },
  };
}

/**
 * Counts the batches run on `client`, and releases `lock` when the first one fails with
 * SQLITE_BUSY, before the write queue retries: the retry then finds the database free, however
 * long the release or the backoff take.
 */
function releaseAfterFirstBusy(client: Client, lock: HeldLock): { tries(): number } {
  const batch = client.batch.bind(client);
  let tries = 0;
  client.batch = async (statements, mode) => {
    tries += 1;
    try {
      return await batch(statements, mode);
    } catch (error) {
      if (tries === 1 && isBusyError(error)) await lock.release();
      throw error;
    }
  };
  return { tries: () => tries };
}

describe('database client', () => {
  it('caches one handle per environment', () => {
    expect(getDatabase('test')).toBe(getDatabase('test'));
  });

  it('fails fast with SQLITE_BUSY when another connection holds the lock and retries are off', async () => {
    const config = { ...getDatabaseConfig('test'), busyTimeoutMs: 0 };
    const handle = openDatabase(config, { retries: 0 });
    const lock = await holdWriteLock(config.url);
    const error = await handle
      .write(() => handle.client.batch([insertExam('never-written')], 'write'))
      .catch((e: unknown) => e);
    expect(isBusyError(error)).toBe(true);
    await lock.release();
    expect(await examExists('never-written')).toBe(false);
    handle.client.close();
  });

  it('still writes after a forced SQLITE_BUSY: retries after reconnect, and later writes succeed', async () => {
    const config = { ...getDatabaseConfig('test'), busyTimeoutMs: 0 };
    const handle = openDatabase(config, { retries: 6, backoffMs: 20 });
    const busy = releaseAfterFirstBusy(handle.client, await holdWriteLock(config.url));
    await handle.write(() => handle.client.batch([insertExam('after-busy-1')], 'write'));
    expect(busy.tries()).toBe(2);
    await handle.write(() => handle.client.batch([insertExam('after-busy-2')], 'write'));
    expect(await examExists('after-busy-1')).toBe(true);
    expect(await examExists('after-busy-2')).toBe(true);
    handle.client.close();
  });

  it('serialises this process’s writes: 20 concurrent batches all commit', async () => {
    const handle = getDatabase('test');
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        handle.write(() => handle.client.batch([insertExam(`concurrent-${i}`)], 'write')),
      ),
    );
    const result = await handle.client.execute(
      "SELECT count(*) AS n FROM exams WHERE slug LIKE 'concurrent-%'",
    );
    expect(result.rows[0]?.n).toBe(20);
  });

  it('a failing write does not block the queue', async () => {
    const handle = getDatabase('test');
    const failing = handle.write(() => handle.client.batch([insertExam('dup'), insertExam('dup')], 'write'));
    await expect(failing).rejects.toThrow(/UNIQUE/);
    expect(await examExists('dup')).toBe(false);
    await handle.write(() => handle.client.batch([insertExam('after-failure')], 'write'));
    expect(await examExists('after-failure')).toBe(true);
  });
});
