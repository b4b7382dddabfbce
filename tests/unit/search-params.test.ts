import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { historyPageSchema, resultPageQuerySchema, runnerPageQuerySchema } from '@/lib/validation/attempts';
import { tokenPageQuerySchema, userSearchSchema } from '@/lib/validation/auth';
import {
  dashboardQuerySchema,
  reviewPageQuerySchema,
  reviewQueueRequestSchema,
} from '@/lib/validation/review';
import {
  choiceParam,
  firstParam,
  firstParams,
  idParamSchema,
  MAX_PAGE,
  MAX_SEARCH_LENGTH,
  optionalIdParamSchema,
  pageNumberSchema,
  pageParamSchema,
  queryProblem,
  searchTextParam,
  slugParamSchema,
  textParam,
  wholeNumberParam,
} from '@/lib/validation/search-params';
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

const long = 'a'.repeat(10_000);
/** Number-looking strings that are not plain decimal digits. */
const NOT_DIGITS = [
  'abc',
  '',
  ' ',
  '-1',
  '+1',
  '1.5',
  '1e3',
  '1e400',
  '0x10',
  'Infinity',
  'NaN',
  ' 7',
  '7 ',
  '١٢',
];

describe('firstParam / firstParams', () => {
  it('take the first value of a repeated parameter', () => {
    expect(firstParam('a')).toBe('a');
    expect(firstParam(['a', 'b'])).toBe('a');
    expect(firstParam([])).toBeUndefined();
    expect(firstParam(undefined)).toBeUndefined();
    expect(firstParam(7)).toBeUndefined();
  });

  it('reduce a page searchParams object and URLSearchParams alike', () => {
    expect(firstParams({ q: ['a', 'b'], page: '2', gone: undefined })).toEqual({ q: 'a', page: '2' });
    expect(firstParams(new URLSearchParams('q=a&q=b&page=2&empty='))).toEqual({
      q: 'a',
      page: '2',
      empty: '',
    });
    expect(firstParams(null)).toEqual({});
  });

  it('keep a parameter named __proto__ as an ordinary key', () => {
    const fromUrl = firstParams(new URLSearchParams('__proto__=x&a=1'));
    expect(Object.getPrototypeOf(fromUrl)).toBe(Object.prototype);
    expect(Object.keys(fromUrl)).toEqual(['__proto__', 'a']);
    const fromObject = firstParams(
      JSON.parse('{"__proto__":["x"],"a":"1"}') as Record<string, string[] | string>,
    );
    expect(Object.getPrototypeOf(fromObject)).toBe(Object.prototype);
    expect(Object.keys(fromObject)).toEqual(['__proto__', 'a']);
  });
});

describe('numbers', () => {
  it('accept plain decimal digits in range, or numbers', () => {
    expect(pageNumberSchema.parse('1')).toBe(1);
    expect(pageNumberSchema.parse('007')).toBe(7);
    expect(pageNumberSchema.parse(String(MAX_PAGE))).toBe(MAX_PAGE);
    expect(pageNumberSchema.parse(3)).toBe(3);
    expect(pageNumberSchema.parse(['4', '5'])).toBe(4);
  });

  it.each([...NOT_DIGITS, '0', String(MAX_PAGE + 1), '99999999999999999999999'])(
    'refuse page %j',
    (value) => {
      const result = pageNumberSchema.safeParse(value);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe('Pages are numbered 1 to 10,000.');
    },
  );

  it('refuse non-finite and fractional numbers', () => {
    for (const value of [Infinity, -Infinity, NaN, 1.5, -1, 0])
      expect(pageNumberSchema.safeParse(value).success).toBe(false);
  });

  it('fall back to page 1 on a page', () => {
    for (const value of [...NOT_DIGITS, '0', '10001', ['x', '2'], undefined, null, {}])
      expect(pageParamSchema.parse(value)).toBe(1);
    expect(pageParamSchema.parse(['2', 'x'])).toBe(2);
  });

  it('ids: positive integers up to 2^53 - 1, else refused (pages call notFound)', () => {
    expect(idParamSchema.parse('1')).toBe(1);
    expect(idParamSchema.parse(String(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
    for (const value of [...NOT_DIGITS, '0', '9007199254740992', '99999999999999999999', long, undefined]) {
      expect(idParamSchema.safeParse(value).success, String(value).slice(0, 20)).toBe(false);
    }
    expect(optionalIdParamSchema.parse('1e400')).toBeUndefined();
    expect(optionalIdParamSchema.parse(undefined)).toBeUndefined();
    expect(optionalIdParamSchema.parse(['12', '13'])).toBe(12);
  });

  it('wholeNumberParam names its own message', () => {
    expect(wholeNumberParam(1, 3, 'Pick 1 to 3.').safeParse('4').error?.issues[0]?.message).toBe(
      'Pick 1 to 3.',
    );
  });
});

describe('text', () => {
  it('a page search is trimmed and cut to its limit', () => {
    expect(searchTextParam().parse(long)).toHaveLength(MAX_SEARCH_LENGTH);
    expect(searchTextParam(5).parse('  abc  ')).toBe('abc');
    expect(searchTextParam(5).parse('abcd efgh')).toBe('abcd');
    expect(searchTextParam().parse(['first', 'second'])).toBe('first');
    expect(searchTextParam().parse(undefined)).toBe('');
    expect(searchTextParam().parse(42)).toBe('');
  });

  it('route handler text is refused past its limit', () => {
    const schema = textParam('q', 10);
    expect(schema.parse(['short', 'x'])).toBe('short');
    expect(schema.safeParse('x'.repeat(11)).error?.issues[0]?.message).toBe('Keep q under 11 characters.');
  });

  it('choices fall back to their default', () => {
    const schema = choiceParam(['a', 'b'] as const, 'a');
    expect(schema.parse('b')).toBe('b');
    expect(schema.parse(['b', 'a'])).toBe('b');
    expect(schema.parse('c')).toBe('a');
    expect(schema.parse(long)).toBe('a');
    expect(schema.parse(undefined)).toBe('a');
  });

  it('slugs are taken exactly', () => {
    expect(slugParamSchema.parse('security-core')).toBe('security-core');
    for (const value of ['Security-Core', ' security-core', 'a--b', '-a', 'a b', '', 'a'.repeat(121), '%00'])
      expect(slugParamSchema.safeParse(value).success).toBe(false);
  });
});

describe('queryProblem', () => {
  it('names the first bad parameter and lists every one', () => {
    const schema = z.object({ exam: idParamSchema, format: z.enum(['json']) });
    const result = schema.safeParse({ exam: '1e400', format: 'x' });
    expect(result.success).toBe(false);
    expect(queryProblem(result.error!)).toEqual({
      error: 'The query parameter "exam" is invalid: Unknown id.',
      fieldErrors: { exam: 'Unknown id.', format: expect.any(String) },
    });
  });
});

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
