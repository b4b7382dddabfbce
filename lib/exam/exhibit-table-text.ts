/**
 * The studio's table exhibit as text: one row per line, the first line the header, cells split by
 * tabs (a paste from a spreadsheet) or by `|` (a markdown table; its `|---|` line is skipped).
 * Pure, so the editor and its tests share it.
 */

const SEPARATOR_LINE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

function cellsOf(line: string): string[] {
  if (line.includes('\t')) return line.split('\t').map((c) => c.trim());
  let text = line.trim();
  if (text.startsWith('|')) text = text.slice(1);
  if (text.endsWith('|') && !text.endsWith('\\|')) text = text.slice(0, -1);
  return text.split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, '|'));
}

export function parseTableText(text: string): { header: string[]; rows: string[][] } {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '' && !SEPARATOR_LINE.test(line));
  const [head, ...rest] = lines.map(cellsOf);
  return { header: head ?? [], rows: rest };
}

export function tableToText(table: {
  header: readonly string[];
  rows: readonly (readonly string[])[];
}): string {
  const line = (cells: readonly string[]) => cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ');
  return [table.header, ...table.rows]
    .filter((cells) => cells.length > 0)
    .map(line)
    .join('\n');
}
