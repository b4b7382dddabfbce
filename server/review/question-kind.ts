import 'server-only';
import type { StoredOption } from './row-values';

/**
 * The widget a version needs: a key of two or more options is multiple response whatever the
 * question's type says (the same rule as the attempt runner).
 */
export function questionKindOf(type: unknown, options: readonly StoredOption[]): 'single' | 'multiple' {
  return type === 'multiple' || options.filter((o) => o.correct).length > 1 ? 'multiple' : 'single';
}
