export type ShortcutAction =
  | { type: 'choose'; index: number }
  | { type: 'strike'; index: number }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'flag' };

interface KeyInput {
  key: string;
  /** The physical key ("Digit3", "KeyB"): with Shift, `key` is "#" or "B" depending on the layout. */
  code?: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/** Shift + an option's number or letter strikes it out (or brings it back). */
function strikeFor(code: string | undefined, optionCount: number): ShortcutAction | null {
  const match = /^(?:Digit([1-9])|Key([A-E]))$/.exec(code ?? '');
  if (!match) return null;
  const index = match[1] ? Number(match[1]) - 1 : match[2]!.charCodeAt(0) - 65;
  return index < optionCount ? { type: 'strike', index } : null;
}

/**
 * The runner's shortcuts: 1–9 or A–E choose an option, Shift with one of them strikes it out,
 * N / P move, F flags. F always flags, so the sixth option of a six-option question is chosen
 * with 6. The arrow keys stay with the browser (they move between radio buttons).
 * Keys with Ctrl, Cmd or Alt are left to the browser.
 */
export function shortcutFor(event: KeyInput, optionCount: number): ShortcutAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (event.shiftKey) return strikeFor(event.code, optionCount);
  const key = event.key;
  if (key.length === 1 && key >= '1' && key <= '9') {
    const index = Number(key) - 1;
    return index < optionCount ? { type: 'choose', index } : null;
  }
  const lower = key.toLowerCase();
  if (lower === 'n') return { type: 'next' };
  if (lower === 'p') return { type: 'previous' };
  if (lower === 'f') return { type: 'flag' };
  if (lower.length === 1 && lower >= 'a' && lower <= 'e') {
    const index = lower.charCodeAt(0) - 97;
    return index < optionCount ? { type: 'choose', index } : null;
  }
  return null;
}

/** Typing in a field must never trigger a shortcut. */
export function isTypingTarget(
  target: { tagName?: string; isContentEditable?: boolean; type?: string } | null,
): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = (target.tagName ?? '').toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  // Radio buttons and checkboxes are the options themselves: shortcuts still apply there.
  return !['radio', 'checkbox', 'button', 'submit'].includes((target.type ?? 'text').toLowerCase());
}
