/**
 * Crash durability (issue 8): simulated learners save answers while the server is killed with
 * SIGKILL at a random moment; after each kill every answer the server acknowledged (HTTP 200)
 * must be in the database, and PRAGMA integrity_check must say ok.
 *   npx tsx bench/crash/answers-under-sigkill.ts [--cycles 20]
 * Needs `npm run build`. Traffic only to 127.0.0.1.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { createClient } from '@libsql/client';
import { LearnerClient } from '../load/http-client';
import { startServer } from '../load/server';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DB = path.join(ROOT, 'data/crash.db');
const PORT = Number(process.env.CRASH_PORT ?? 3500);
const LEARNERS = ['learner@test.local', 'other@test.local', 'moderator@test.local', 'admin@test.local'];
const PASSWORD = 'correct-horse-test';

interface Ack {
  attemptId: string;
  position: number;
  selected: string;
  revision: number;
}

function cycles(): number {
  const index = process.argv.indexOf('--cycles');
  return index > 0 ? Number(process.argv[index + 1]) : 20;
}

function freshDatabase(): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(DB + suffix, { force: true });
  execFileSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['database/prepare.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_ENV: 'test', DATABASE_URL: `file:${DB}` },
    stdio: 'ignore',
  });
}

/** Saves answers in a loop until the server dies; returns what the server acknowledged. */
async function hammer(base: string, email: string, acks: Ack[], stop: { dead: boolean }): Promise<void> {
  const client = new LearnerClient(base);
  try {
    await client.signIn(email, PASSWORD);
    const attemptId = await client.startMockExam('test-exam');
    for (let revision = 1; !stop.dead; revision += 1) {
      const position = revision % 10;
      const selected = 'ab'[revision % 2]!;
      const response = await client.request(`/api/attempts/${attemptId}/answers`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ position, selected: [selected], revision }),
      });
      if (response.status === 200) acks.push({ attemptId, position, selected, revision });
      await response.arrayBuffer();
    }
  } catch (error) {
    // The server was killed mid-request: that request was never acknowledged.
    if (!stop.dead) console.error(`${email}: ${(error as Error).message}`);
  }
}

async function verify(acks: Ack[]): Promise<{ missing: number; integrity: string }> {
  const client = createClient({ url: `file:${DB}` });
  try {
    const integrity = String(
      Object.values((await client.execute('PRAGMA integrity_check')).rows[0] ?? {})[0],
    );
    // The newest acknowledged revision per (attempt, position) must be stored (or a newer one).
    const newest = new Map<string, Ack>();
    for (const ack of acks) {
      const key = `${ack.attemptId}:${ack.position}`;
      if ((newest.get(key)?.revision ?? 0) < ack.revision) newest.set(key, ack);
    }
    let missing = 0;
    for (const ack of newest.values()) {
      const row = await client.execute({
        sql: `SELECT a.revision, a.selected FROM user_answers a JOIN session_questions q ON q.session_id = a.session_id AND q.question_id = a.question_id
              WHERE a.session_id = ? AND q.position = ?`,
        args: [ack.attemptId, ack.position],
      });
      const stored = row.rows[0];
      if (!stored || Number(stored.revision) < ack.revision) missing += 1;
    }
    return { missing, integrity };
  } finally {
    client.close();
  }
}

async function main() {
  freshDatabase();
  let totalAcks = 0;
  let totalMissing = 0;
  for (let cycle = 1; cycle <= cycles(); cycle += 1) {
    const server = await startServer(DB, PORT, ROOT);
    const acks: Ack[] = [];
    const stop = { dead: false };
    const workers = LEARNERS.map((email) => hammer(server.base, email, acks, stop));
    await new Promise((resolve) => setTimeout(resolve, 800 + Math.random() * 1500));
    // Marked first so the requests the kill cuts off are not reported as errors.
    stop.dead = true;
    await server.stop('SIGKILL');
    await Promise.all(workers);
    const { missing, integrity } = await verify(acks);
    totalAcks += acks.length;
    totalMissing += missing;
    console.log(
      `cycle ${cycle}: ${acks.length} acknowledged saves, ${missing} missing, integrity_check ${integrity}`,
    );
    if (integrity !== 'ok') process.exitCode = 1;
  }
  console.log(
    `\n${cycles()} SIGKILL cycles: ${totalAcks} acknowledged answer saves, ${totalMissing} missing after restart.`,
  );
  if (totalMissing > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
