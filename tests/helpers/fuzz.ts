import fc from 'fast-check';
import { countRows } from './database';

/** Any JSON-ish value a hostile client could post, including prototype-pollution keys. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.string({ unit: 'grapheme', maxLength: 300 }),
    fc.constantFrom(
      '',
      ' ',
      '\u0000',
      '<script>alert(1)</script>',
      "' OR 1=1 --",
      '../../etc/passwd',
      '__proto__',
      'a'.repeat(5000),
    ),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.constantFrom(
        'email',
        'password',
        'name',
        'token',
        'confirm',
        'userId',
        'role',
        '__proto__',
        'constructor',
        'x',
      ),
      tie('value'),
      { maxKeys: 5 },
    ),
  ),
})).value;

/** An object with the form's own field names, each filled with a hostile value. */
export function hostileForm(fields: string[]): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(Object.fromEntries(fields.map((f) => [f, hostileValue])), { requiredKeys: [] });
}

const COUNTED_TABLES = [
  'users',
  'auth_tokens',
  'email_outbox',
  'audit_log',
  'exams',
  'questions',
  'question_versions',
  'study_sessions',
  'user_answers',
];

export async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of COUNTED_TABLES) counts[table] = await countRows(table);
  return counts;
}

/** Runs between 1,000 and a few thousand generated inputs depending on cost. */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
