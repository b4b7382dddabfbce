import { z } from 'zod';
import './zod-setup';

/**
 * Query strings and route params come from anyone: Next hands a page `string | string[] |
 * undefined` per search param (an array when the name repeats: `?q=a&q=b`) and a decoded string
 * per route segment. The rules every page and route handler follows:
 *
 * - a repeated parameter counts by its FIRST value (like `URLSearchParams.get`);
 * - numbers are plain decimal digits (no sign, fraction, exponent, hex or spaces), so "1e400",
 *   "-1", "0x10" and "1.5" are refused, never turned into Infinity or a float;
 * - an id of the wrong shape is simply "not found" (pages call notFound());
 * - on a page, free text longer than its limit is cut to it (the search box shows what was
 *   searched), and any other value that cannot be used falls back to the page's default;
 * - a route handler refuses what it cannot use with 400 and a message naming the parameter.
 */

export type SearchParamValue = string | string[] | undefined;
export type PageSearchParams = Record<string, SearchParamValue>;

/** Longest free-text search a page accepts; longer text is cut to this. */
export const MAX_SEARCH_LENGTH = 200;
/** Pages are numbered 1 to MAX_PAGE. */
export const MAX_PAGE = 10_000;

const DIGITS = /^\d{1,16}$/;

/** A repeated parameter's first value; any other value as it is. */
export function firstValue(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

/** The first value of a search param as a string, or undefined when absent (or not a string). */
export function firstParam(value: unknown): string | undefined {
  const first = firstValue(value);
  return typeof first === 'string' ? first : undefined;
}

/**
 * Every parameter reduced to its first value: a page's searchParams object, or the
 * URLSearchParams of a route handler's request.
 */
export function firstParams(
  params: PageSearchParams | URLSearchParams | null | undefined,
): Record<string, string> {
  const result: Record<string, string> = {};
  // defineProperty: a parameter named "__proto__" is kept as an ordinary key.
  const set = (key: string, value: string) =>
    Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
  if (!params) return result;
  if (params instanceof URLSearchParams) {
    for (const key of new Set(params.keys())) set(key, params.get(key) ?? '');
    return result;
  }
  for (const [key, value] of Object.entries(params)) {
    const first = firstParam(value);
    if (first !== undefined) set(key, first);
  }
  return result;
}

/** `schema` applied to the parameter's first value. */
export function param<T extends z.ZodType>(schema: T) {
  return z.preprocess(firstValue, schema);
}

/**
 * A whole number from `min` to `max`, written in decimal digits (or already a number: server
 * functions are also called with numbers). `message` is the error of anything else.
 */
export function wholeNumberParam(min: number, max: number, message: string) {
  return z.preprocess(
    (value) => {
      const first = firstValue(value);
      return typeof first === 'string' && DIGITS.test(first) ? Number(first) : first;
    },
    z.number({ message }).int(message).min(min, message).max(max, message),
  );
}

/** A page number, 1 to MAX_PAGE; refused otherwise (route handlers). */
export const pageNumberSchema = wholeNumberParam(
  1,
  MAX_PAGE,
  `Pages are numbered 1 to ${MAX_PAGE.toLocaleString('en-US')}.`,
);

/** A page number on a page: anything unusable (absent, "abc", "-1", "10001", "1e400") is page 1. */
export const pageParamSchema = pageNumberSchema.catch(1);

/** A database id (a positive integer up to 2^53 - 1) in a URL; anything else is not found. */
export const idParamSchema = wholeNumberParam(1, Number.MAX_SAFE_INTEGER, 'Unknown id.');

/** An optional id filter on a page: absent or of the wrong shape, it is no filter. */
export const optionalIdParamSchema = idParamSchema.optional().catch(undefined);

/**
 * Free text typed into a search box (pages): trimmed and cut to `max` characters. Absent or not
 * a string, it is the empty string.
 */
export function searchTextParam(max = MAX_SEARCH_LENGTH) {
  return param(z.string().transform((text) => text.trim().slice(0, max).trim())).catch('');
}

/** Free text in a route handler's query: refused (400) past `max` characters. */
export function textParam(name: string, max = MAX_SEARCH_LENGTH) {
  return param(
    z.string({ message: `Send ${name} as text.` }).max(max, `Keep ${name} under ${max + 1} characters.`),
  );
}

/** One of `values` (the first if repeated) on a page; absent or anything else is `fallback`. */
export function choiceParam<const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) {
  return param(z.enum(values)).catch(fallback);
}

/** One of `values` (the first if repeated) on a page; absent or anything else is undefined. */
export function optionalChoiceParam<const T extends readonly [string, ...string[]]>(values: T) {
  return param(z.enum(values)).optional().catch(undefined);
}

/** Lower-case words joined by single hyphens, as exam slugs are. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A slug in a URL, exactly (no trimming or case folding: /exams/Foo is not /exams/foo). */
export const slugParamSchema = param(
  z.string({ message: 'Unknown exam.' }).max(120, 'Unknown exam.').regex(SLUG_PATTERN, 'Unknown exam.'),
);

/**
 * zod issues of a route handler's query as a 400 body: `error` names the first bad parameter,
 * `fieldErrors` has one message per parameter.
 */
export function queryProblem(error: z.ZodError): { error: string; fieldErrors: Record<string, string> } {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? String(issue.path[0]) : '_query';
    fieldErrors[key] ??= issue.message;
  }
  const [name, message] = Object.entries(fieldErrors)[0] ?? ['_query', 'The query string is invalid.'];
  return {
    error: name === '_query' ? message : `The query parameter "${name}" is invalid: ${message}`,
    fieldErrors,
  };
}
