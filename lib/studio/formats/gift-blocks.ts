import { protectGiftEscapes } from './gift-escapes';
import { findLineStarts, lineOfOffset, splitSourceLines } from './source-lines';

/**
 * GIFT's outer structure: questions are separated by blank lines, and whole-line `//` comments
 * are dropped (a comment line does not end a question: only a blank line does). The comments of a
 * block are kept aside because Moodle-style `[id:…]`/`[tag:…]` tokens live in them.
 */

export interface GiftComment {
  line: number;
  text: string;
}

export interface GiftBlock {
  /** Source line of the first non-comment line. */
  line: number;
  /** The block's non-comment lines joined with LF, escapes already replaced by placeholders. */
  text: string;
  comments: GiftComment[];
  /** Offsets in `text` where each kept line starts, and that line's number in the source. */
  lineStarts: number[];
  sourceLines: number[];
}

interface BlockBuilder {
  lines: string[];
  sourceLines: number[];
  comments: GiftComment[];
}

function emptyBuilder(): BlockBuilder {
  return { lines: [], sourceLines: [], comments: [] };
}

function finishBlock(builder: BlockBuilder): GiftBlock | null {
  // A block of comments only (a file header, a commented-out question) is not a question.
  if (builder.lines.length === 0) return null;
  const text = builder.lines.join('\n');
  return {
    line: builder.sourceLines[0]!,
    text,
    comments: builder.comments,
    lineStarts: findLineStarts(text),
    sourceLines: builder.sourceLines,
  };
}

export function splitGiftBlocks(source: string): GiftBlock[] {
  const blocks: GiftBlock[] = [];
  let builder = emptyBuilder();
  splitSourceLines(source).forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed === '') {
      const block = finishBlock(builder);
      if (block) blocks.push(block);
      builder = emptyBuilder();
    } else if (trimmed.startsWith('//')) {
      builder.comments.push({ line: index + 1, text: trimmed.slice(2).trim() });
    } else {
      builder.lines.push(protectGiftEscapes(line));
      builder.sourceLines.push(index + 1);
    }
  });
  const last = finishBlock(builder);
  if (last) blocks.push(last);
  return blocks;
}

/** Source line of an offset in a block's text. */
export function lineInBlock(block: GiftBlock, offset: number): number {
  return block.sourceLines[lineOfOffset(block.lineStarts, offset) - 1]!;
}
