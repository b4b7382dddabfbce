import type { z } from 'zod';

export interface FieldErrorOptions {
  /** Drop this leading path (a nested schema's position in a bigger one). */
  prefix?: (string | number)[];
  /** Key by the top-level field only ("selected", not "selected.0"). */
  topLevel?: boolean;
}

/** zod issues as { "path.to.field": first message } for forms and JSON errors ("_form" for the whole). */
export function fieldErrorsOf(
  error: z.ZodError,
  { prefix = [], topLevel = false }: FieldErrorOptions = {},
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const issue of error.issues) {
    let path = issue.path.map(String);
    if (prefix.length > 0 && prefix.every((p, i) => path[i] === String(p))) path = path.slice(prefix.length);
    if (topLevel) path = path.slice(0, 1);
    const key = path.length > 0 ? path.join('.') : '_form';
    result[key] ??= issue.message;
  }
  return result;
}
