import { shortcutFor } from '@/lib/exam/keyboard';
import { ratingForKey, type ReviewRating } from './rating';

export type ReviewKeyAction =
  { type: 'choose'; index: number } | { type: 'reveal' } | { type: 'rate'; rating: ReviewRating };

interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  shiftKey?: boolean;
}

/** Elements whose own Space / Enter must win (a focused button, link, disclosure or option). */
interface KeyTarget {
  tagName?: string;
  type?: string;
}

function ownsKey(target: KeyTarget | null, key: string): boolean {
  const tag = (target?.tagName ?? '').toUpperCase();
  if (['BUTTON', 'A', 'SUMMARY'].includes(tag)) return true;
  // Space ticks a focused radio button or checkbox; Enter there checks the answer.
  return key === ' ' && tag === 'INPUT' && ['radio', 'checkbox'].includes((target?.type ?? '').toLowerCase());
}

/**
 * The daily review's keys, like Anki's: before the answer is revealed 1–9 or A–E choose an
 * option (as in the exam runner) and Space or Enter check it; after, 1–4 rate Again / Hard /
 * Good / Easy. Keys with Ctrl, Cmd or Alt stay with the browser; the caller ignores typing
 * targets (the report form's text field).
 */
export function reviewKeyAction(
  event: KeyInput,
  target: KeyTarget | null,
  { revealed, optionCount }: { revealed: boolean; optionCount: number },
): ReviewKeyAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (revealed) {
    const rating = ratingForKey(event.key);
    return rating ? { type: 'rate', rating } : null;
  }
  if (event.key === ' ' || event.key === 'Enter')
    return ownsKey(target, event.key) || event.shiftKey ? null : { type: 'reveal' };
  const action = shortcutFor(event, optionCount);
  return action?.type === 'choose' ? action : null;
}
