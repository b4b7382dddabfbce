import { describe, expect, it } from 'vitest';
import { historyPageSchema, resultPageQuerySchema, runnerPageQuerySchema } from '@/lib/validation/attempts';
import { tokenPageQuerySchema, userSearchSchema } from '@/lib/validation/auth';
import {
  dashboardQuerySchema,
  reviewPageQuerySchema,
  reviewQueueRequestSchema,
} from '@/lib/validation/review';
import { firstParams, queryProblem } from '@/lib/validation/search-params';
import {
  auditQuerySchema,
  editorPageQuerySchema,
  questionListQuerySchema,
  reportQueuePageQuerySchema,
} from '@/lib/validation/studio';
import {
  exportQuerySchema,
  importFormSchema,
  MAX_IMPORT_BYTES,
  utf8ByteLength,
} from '@/lib/validation/studio-import';

// The query schemas built from the search-params rules (tests/unit/search-params.test.ts).
const long = 'a'.repeat(10_000);

describe('the query schemas of pages: never fail, fall back', () => {
  it('/admin/users', () => {
    expect(userSearchSchema.parse({ q: ['a', 'b'], page: '2' })).toEqual({ q: 'a', page: 2 });
    expect(userSearchSchema.parse({ q: long, page: '1e400' })).toEqual({ q: 'a'.repeat(200), page: 1 });
    for (const page of ['abc', '-1', '0', '10001']) expect(userSearchSchema.parse({ page }).page).toBe(1);
    expect(userSearchSchema.parse({})).toEqual({ q: '', page: 1 });
  });

  it('/history, the runner and the result', () => {
    expect(historyPageSchema.parse({ page: '10001' })).toEqual({ page: 1 });
    expect(historyPageSchema.parse({ page: 3 })).toEqual({ page: 3 });
    expect(runnerPageQuerySchema.parse({ q: '1e400' })).toEqual({ q: undefined });
    expect(runnerPageQuerySchema.parse({ q: ['2', '3'] })).toEqual({ q: 2 });
    expect(resultPageQuerySchema.parse({ filter: ['wrong', 'all'] })).toEqual({ filter: 'wrong' });
    expect(resultPageQuerySchema.parse({ filter: long })).toEqual({ filter: 'all' });
  });

  it('/review, /reset-password and /verify-email', () => {
    expect(reviewPageQuerySchema.parse({ exam: ['network-associate', 'x'] })).toEqual({
      exam: 'network-associate',
    });
    expect(reviewPageQuerySchema.parse({ exam: long }).exam).toBeUndefined();
    expect(reviewPageQuerySchema.parse({ exam: 'Bad!' }).exam).toBeUndefined();
    const token = 'A'.repeat(43);
    expect(tokenPageQuerySchema.parse({ token: [token, 'b'] })).toEqual({ token });
    expect(tokenPageQuerySchema.parse({ token: long })).toEqual({ token: '' });
    expect(tokenPageQuerySchema.parse({})).toEqual({ token: '' });
  });

  it('the studio lists', () => {
    const list = questionListQuerySchema.parse({
      exam: '1e400',
      objective: 'abc',
      difficulty: '9',
      type: ['single', 'multiple'],
      q: long,
      sort: 'bogus',
      cursor: '99999999999999999999999:1',
    });
    expect(list).toEqual({
      exam: undefined,
      objective: undefined,
      difficulty: undefined,
      type: 'single',
      status: undefined,
      reported: undefined,
      poor: undefined,
      q: 'a'.repeat(200),
      sort: 'newest',
      cursor: undefined,
    });
    expect(questionListQuerySchema.parse({ exam: ['2', '3'], cursor: '1767225600000:42' })).toMatchObject({
      exam: 2,
      cursor: '1767225600000:42',
    });
    expect(
      auditQuerySchema.parse({
        before: '1e300',
        actor: long,
        target: long,
        action: ['studio.exam_created', 'x'],
      }),
    ).toEqual({
      before: undefined,
      actor: 'a'.repeat(200),
      target: 'a'.repeat(60),
      action: 'studio.exam_created',
    });
    expect(editorPageQuerySchema.parse({ saved: ['version', '1'], version: ['3', '4'] })).toEqual({
      saved: 'version',
      version: 3,
    });
    expect(editorPageQuerySchema.parse({ saved: 'x', version: '1e400' })).toEqual({
      saved: undefined,
      version: undefined,
    });
    expect(reportQueuePageQuerySchema.parse({ status: ['resolved', 'open'] })).toEqual({
      status: 'resolved',
    });
    expect(reportQueuePageQuerySchema.parse({ status: 'bogus' })).toEqual({ status: 'open' });
  });
});

describe('the query schemas of route handlers: refuse', () => {
  it('GET /api/review/queue', () => {
    expect(
      reviewQueueRequestSchema.parse(firstParams(new URLSearchParams('tz=UTC&tz=Europe/Paris&limit=5'))),
    ).toEqual({ tz: 'UTC', limit: 5 });
    for (const query of [
      'tz=UTC&limit=abc',
      'tz=UTC&limit=1e400',
      'tz=UTC&limit=-1',
      'tz=UTC&limit=21',
      `tz=UTC&exam=${long}`,
      `tz=${long}`,
      '',
    ]) {
      expect(
        reviewQueueRequestSchema.safeParse(firstParams(new URLSearchParams(query))).success,
        query.slice(0, 30),
      ).toBe(false);
    }
    expect(dashboardQuerySchema.safeParse(firstParams(new URLSearchParams('tz=Nowhere/Zone'))).success).toBe(
      false,
    );
  });

  it('GET /api/studio/export', () => {
    expect(exportQuerySchema.parse(firstParams(new URLSearchParams('exam=1&exam=2&format=json')))).toEqual({
      exam: 1,
      format: 'json',
    });
    for (const query of [
      'exam=1e400&format=json',
      'exam=abc&format=json',
      'exam=1&format=bogus',
      'exam=99999999999999999999&format=json',
      'format=json',
      `exam=1&format=${long}`,
    ]) {
      const result = exportQuerySchema.safeParse(firstParams(new URLSearchParams(query)));
      expect(result.success, query.slice(0, 30)).toBe(false);
      expect(queryProblem(result.error!).error).toMatch(/^The query parameter "(exam|format)" is invalid: /);
    }
  });
});

describe('studio import size', () => {
  it('utf8ByteLength counts like TextEncoder', () => {
    for (const text of ['', 'abc', 'é', '€', '😀', 'a😀b€é', '\ud800', '\udc00x'])
      expect(utf8ByteLength(text), text).toBe(new TextEncoder().encode(text).length);
  });

  it('refuses a source over 5 MB, in characters or in UTF-8 bytes, with the clear message', () => {
    const base = { examId: '1', format: 'gift' };
    const overChars = importFormSchema.safeParse({ ...base, source: 'a'.repeat(MAX_IMPORT_BYTES + 1) });
    expect(overChars.error?.issues.map((i) => i.message)).toContain('The file is larger than 5 MB.');
    // 2 million euro signs: 2 M characters, 6 MB of UTF-8.
    const overBytes = importFormSchema.safeParse({ ...base, source: '€'.repeat(2_000_000) });
    expect(overBytes.error?.issues.map((i) => ({ path: i.path, message: i.message }))).toEqual([
      { path: ['source'], message: 'The file is larger than 5 MB.' },
    ]);
    expect(importFormSchema.safeParse({ ...base, source: 'a'.repeat(MAX_IMPORT_BYTES) }).success).toBe(true);
  });
});
