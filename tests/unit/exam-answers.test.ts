import { describe, expect, it } from 'vitest';
import { checkSelection, choicesRequired, optionLetter } from '@/lib/exam/answers';
import { isTypingTarget, shortcutFor } from '@/lib/exam/keyboard';
import {
  acknowledge,
  nextRevision,
  overlayAnswers,
  overlayFlags,
  overlayStruck,
  queueChange,
  sendOrder,
  toggleStruck,
} from '@/lib/exam/outbox';
import { filterReview, parseReviewFilter } from '@/lib/exam/review';

const options = ['a', 'b', 'c', 'd'].map((id) => ({ id, correct: id === 'a' || id === 'c' }));

describe('answer validation', () => {
  it('asks for one option, or as many as the key holds', () => {
    expect(choicesRequired('single', options)).toBe(1);
    expect(choicesRequired('multiple', options)).toBe(2);
  });

  it('accepts known options in the options order, collapsing duplicates', () => {
    expect(checkSelection(options, 2, ['c', 'a', 'c'])).toEqual({ ok: true, selected: ['a', 'c'] });
    expect(checkSelection(options, 1, [])).toEqual({ ok: true, selected: [] });
  });

  it('refuses unknown options and more options than allowed', () => {
    expect(checkSelection(options, 1, ['z'])).toMatchObject({ ok: false });
    expect(checkSelection(options, 1, ['a', 'b'])).toEqual({ ok: false, error: 'Choose only one option.' });
    expect(checkSelection(options, 2, ['a', 'b', 'c'])).toEqual({
      ok: false,
      error: 'Choose at most 2 options.',
    });
  });

  it('labels options with letters', () => {
    expect([0, 1, 5].map(optionLetter)).toEqual(['A', 'B', 'F']);
  });
});

describe('keyboard shortcuts', () => {
  it('maps digits and letters to options within range', () => {
    expect(shortcutFor({ key: '1' }, 4)).toEqual({ type: 'choose', index: 0 });
    expect(shortcutFor({ key: '4' }, 4)).toEqual({ type: 'choose', index: 3 });
    expect(shortcutFor({ key: '5' }, 4)).toBeNull();
    expect(shortcutFor({ key: 'b' }, 4)).toEqual({ type: 'choose', index: 1 });
    expect(shortcutFor({ key: 'D' }, 4)).toEqual({ type: 'choose', index: 3 });
    expect(shortcutFor({ key: 'e' }, 4)).toBeNull();
    expect(shortcutFor({ key: '6' }, 6)).toEqual({ type: 'choose', index: 5 });
  });

  it('moves with N and P and flags with F, never with modifiers', () => {
    expect(shortcutFor({ key: 'n' }, 4)).toEqual({ type: 'next' });
    expect(shortcutFor({ key: 'P' }, 4)).toEqual({ type: 'previous' });
    expect(shortcutFor({ key: 'f' }, 6)).toEqual({ type: 'flag' });
    expect(shortcutFor({ key: 'n', ctrlKey: true }, 4)).toBeNull();
    expect(shortcutFor({ key: 'a', metaKey: true }, 4)).toBeNull();
    expect(shortcutFor({ key: 'ArrowRight' }, 4)).toBeNull();
  });

  it('strikes an option out with Shift and its number or letter, whatever the layout prints', () => {
    expect(shortcutFor({ key: '#', code: 'Digit3', shiftKey: true }, 4)).toEqual({
      type: 'strike',
      index: 2,
    });
    expect(shortcutFor({ key: 'B', code: 'KeyB', shiftKey: true }, 4)).toEqual({ type: 'strike', index: 1 });
    expect(shortcutFor({ key: '§', code: 'Digit6', shiftKey: true }, 6)).toEqual({
      type: 'strike',
      index: 5,
    });
    expect(shortcutFor({ key: '%', code: 'Digit5', shiftKey: true }, 4)).toBeNull();
    expect(shortcutFor({ key: 'F', code: 'KeyF', shiftKey: true }, 6)).toBeNull();
    expect(shortcutFor({ key: 'N', code: 'KeyN', shiftKey: true }, 4)).toBeNull();
    expect(shortcutFor({ key: 'A', code: 'KeyA', shiftKey: true, ctrlKey: true }, 4)).toBeNull();
  });

  it('ignores keys typed into fields but not on the options themselves', () => {
    expect(isTypingTarget({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'number' })).toBe(true);
    expect(isTypingTarget({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'radio' })).toBe(false);
    expect(isTypingTarget({ tagName: 'BUTTON' })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});

describe('the outbox of unsaved changes', () => {
  it('merges changes per question and keeps the newest revision', () => {
    let box = queueChange({}, 3, { selected: ['a'] }, 10);
    box = queueChange(box, 3, { flagged: true }, 11);
    expect(box[3]).toEqual({ selected: ['a'], flagged: true, revision: 11 });
  });

  it('drops a change only when the acknowledged revision is the newest', () => {
    let box = queueChange({}, 1, { selected: ['a'] }, 10);
    box = queueChange(box, 1, { selected: ['b'] }, 12);
    expect(acknowledge(box, 1, 10)[1]?.selected).toEqual(['b']);
    expect(acknowledge(box, 1, 12)[1]).toBeUndefined();
    expect(acknowledge(box, 7, 12)).toBe(box);
  });

  it('overlays unsaved answers and flags on what the server has', () => {
    const box = {
      ...queueChange({}, 0, { selected: [] }, 5),
      ...queueChange({}, 2, { selected: ['c'], flagged: false }, 6),
    };
    expect(overlayAnswers({ 0: ['a'], 1: ['b'] }, box)).toEqual({ 1: ['b'], 2: ['c'] });
    expect(overlayFlags({ 2: true, 4: true }, box)).toEqual({ 2: false, 4: true });
  });

  it('keeps struck-out options with the answer in one change, and overlays them on the server', () => {
    let box = queueChange({}, 2, { struck: ['b'] }, 10);
    box = queueChange(box, 2, { selected: ['a'] }, 11);
    expect(box[2]).toEqual({ struck: ['b'], selected: ['a'], revision: 11 });
    box = queueChange(box, 3, { struck: [] }, 12);
    expect(overlayStruck({ 3: ['a'], 4: ['c'] }, box)).toEqual({ 2: ['b'], 4: ['c'] });
    expect(overlayAnswers({}, box)).toEqual({ 2: ['a'] });
  });

  it('toggles a struck-out option and keeps the options order', () => {
    const order = ['a', 'b', 'c', 'd'];
    expect(toggleStruck([], 'c', order)).toEqual(['c']);
    expect(toggleStruck(['c'], 'a', order)).toEqual(['a', 'c']);
    expect(toggleStruck(['a', 'c'], 'c', order)).toEqual(['a']);
    expect(toggleStruck(['a', 'zz'], 'b', order)).toEqual(['a', 'b']);
  });

  it('sends the oldest change first and revisions only grow', () => {
    const box = {
      ...queueChange({}, 5, { flagged: true }, 20),
      ...queueChange({}, 1, { selected: ['a'] }, 10),
    };
    expect(sendOrder(box)).toEqual([1, 5]);
    expect(nextRevision(100, 50)).toBe(101);
    expect(nextRevision(100, 5000)).toBe(5000);
  });
});

describe('review filters', () => {
  const items = [
    { id: 1, correct: true, flagged: false },
    { id: 2, correct: false, flagged: true },
    { id: 3, correct: false, flagged: false },
  ];
  it('filters all, wrong and flagged; unknown filters mean all', () => {
    expect(filterReview(items, 'all').map((i) => i.id)).toEqual([1, 2, 3]);
    expect(filterReview(items, 'wrong').map((i) => i.id)).toEqual([2, 3]);
    expect(filterReview(items, 'flagged').map((i) => i.id)).toEqual([2]);
    expect(parseReviewFilter('wrong')).toBe('wrong');
    expect(parseReviewFilter('nope')).toBe('all');
    expect(parseReviewFilter(['wrong'])).toBe('all');
  });
});
