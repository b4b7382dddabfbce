import { StudioError } from './errors';

/** A positive id a studio form carries in a hidden field; anything else means a stale page. */
export function idFrom(formData: FormData | null, name: string): number {
  const value = Number(formData?.get(name));
  if (!Number.isSafeInteger(value) || value <= 0)
    throw new StudioError('This page is out of date; reload it.');
  return value;
}
