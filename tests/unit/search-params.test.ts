import { describe, expect, it } from 'vitest';
import { z } from 'zod';
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
