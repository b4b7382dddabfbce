/**
 * Splits an uploaded text file into lines the way editors number them: a UTF-8 byte order mark
 * (Excel and Notepad write one) is dropped and CRLF, CR and LF all end a line, so the line
 * numbers in problems match what the moderator sees.
 */
export function splitSourceLines(text: string): string[] {
  return stripByteOrderMark(text).split(/\r\n|\r|\n/);
}

export function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** 1-based line of a character offset, given the offsets at which each line starts (ascending). */
export function lineOfOffset(lineStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lineStarts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}

/** Offsets at which each line of `text` starts (after LF; the text is already LF-normalised). */
export function findLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}
