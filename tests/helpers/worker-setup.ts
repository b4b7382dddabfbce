import { randomUUID } from 'node:crypto';
import { copyFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll } from 'vitest';
import { closeDatabases } from '../../database/client';
import { TEMPLATE_DB, TMP_DIR } from './paths';

// Each test file runs in its own worker process with its own copy of the template database,
// so tests never see each other's writes. A real file, not :memory:: with @libsql/client a transaction may open a new connection, and an in-memory database would lose its tables (docs/ARCHITECTURE.md, Tests).
const file = path.join(
  TMP_DIR,
  `worker-${process.env.VITEST_POOL_ID ?? '0'}-${process.pid}-${randomUUID().slice(0, 8)}.db`,
);
copyFileSync(TEMPLATE_DB, file);
process.env.DATABASE_ENV = 'test';
process.env.DATABASE_URL = `file:${file}`;

// Fuzz tests: locally every run explores new generated inputs (that is how they find bugs); in
// CI they replay a fixed seed so a landing never turns red on an input nobody has seen.
// FUZZ_SEED=<seed printed by a failure> replays one anywhere.
const fuzzSeed = process.env.FUZZ_SEED ?? (process.env.CI ? '20261126' : undefined);
if (fuzzSeed !== undefined) fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: Number(fuzzSeed) });

afterAll(() => {
  closeDatabases();
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
});
