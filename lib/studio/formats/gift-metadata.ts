import {
  importError,
  type ImportedReference,
  type ImportProblem,
  type QuestionDifficulty,
} from '../question-model';
import type { GiftComment } from './gift-blocks';

/**
 * What GIFT has no syntax for (objective, difficulty, references) travels in the question's
 * comment lines as bracketed tokens, the way Moodle exports carry `[id:…]` and `[tag:…]`:
 *   // [tag:objective:1.2] [tag:difficulty:2]
 *   // [ref:https://docs.example.com/page The page title]
 * Moodle ignores these (or keeps them as tags), and our importer reads them back, so a GIFT
 * export round-trips without loss. Inside a token `\[`, `\]` and `\\` are literal.
 */

export interface GiftMetadata {
  objectiveCode?: string;
  difficulty?: QuestionDifficulty;
  references: ImportedReference[];
  /** `[tag:scoring:all-or-nothing]`: a matching question without partial credit (Moodle's default has it). */
  allOrNothing?: boolean;
  /** `[tag:responses:reusable]`: a matching question whose responses may be reused. */
  reusable?: boolean;
}

// `[` inside a token must be escaped too: excluding it keeps the scan linear on hostile comments.
const TOKEN = /\[(id|tag|ref):((?:\\.|[^[\]\\])*)\]/g;

function unescapeToken(value: string): string {
  return value.replace(/\\(.)/g, '$1').trim();
}

function escapeToken(value: string): string {
  return value.replace(/[\\[\]]/g, (char) => `\\${char}`).replace(/\r\n|\r|\n/g, ' ');
}

function readReference(value: string): ImportedReference {
  const space = value.search(/\s/);
  if (space === -1) return { title: value, url: value };
  return { url: value.slice(0, space), title: value.slice(space).trim() };
}

function applyTag(metadata: GiftMetadata, tag: string, line: number, problems: ImportProblem[]): void {
  if (tag.startsWith('objective:')) {
    metadata.objectiveCode = tag.slice('objective:'.length).trim();
  } else if (tag.startsWith('difficulty:')) {
    const value = tag.slice('difficulty:'.length).trim();
    if (value === '1' || value === '2' || value === '3')
      metadata.difficulty = Number(value) as QuestionDifficulty;
    else problems.push(importError(line, `Difficulty tag "${value}" must be 1, 2 or 3`));
  } else if (tag === 'scoring:all-or-nothing') {
    metadata.allOrNothing = true;
  } else if (tag === 'responses:reusable') {
    metadata.reusable = true;
  }
  // Any other tag is a Moodle tag: the product has no tags, and dropping one loses no question data.
}

export function readGiftMetadata(comments: readonly GiftComment[], problems: ImportProblem[]): GiftMetadata {
  const metadata: GiftMetadata = { references: [] };
  for (const comment of comments) {
    for (const match of comment.text.matchAll(TOKEN)) {
      const value = unescapeToken(match[2]!);
      if (match[1] === 'tag') applyTag(metadata, value, comment.line, problems);
      else if (match[1] === 'ref') metadata.references.push(readReference(value));
    }
  }
  return metadata;
}

/** The comment lines (without a trailing newline) that carry a question's metadata. */
export function writeGiftMetadata(metadata: GiftMetadata): string[] {
  const lines: string[] = [];
  const tags: string[] = [];
  if (metadata.objectiveCode !== undefined)
    tags.push(`[tag:objective:${escapeToken(metadata.objectiveCode)}]`);
  if (metadata.difficulty !== undefined) tags.push(`[tag:difficulty:${metadata.difficulty}]`);
  if (metadata.allOrNothing) tags.push('[tag:scoring:all-or-nothing]');
  if (metadata.reusable) tags.push('[tag:responses:reusable]');
  if (tags.length > 0) lines.push(`// ${tags.join(' ')}`);
  for (const reference of metadata.references) {
    lines.push(`// [ref:${escapeToken(reference.url)} ${escapeToken(reference.title)}]`);
  }
  return lines;
}
