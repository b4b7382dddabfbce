/**
 * GIFT escapes. Like Moodle, the parser first swaps every escape for a private-use placeholder
 * character, so the structural characters left in the text (`{ } ~ = # :`) are all real syntax
 * and can be found with plain indexOf; the placeholders are turned back into literal characters
 * once a piece of text has been cut out.
 */

const PLACEHOLDER_OF: Record<string, string> = {
  '\\': '\uE000',
  '~': '\uE001',
  '=': '\uE002',
  '#': '\uE003',
  '{': '\uE004',
  '}': '\uE005',
  ':': '\uE006',
  n: '\uE007',
};

const LITERAL_OF: Record<string, string> = {
  '\uE000': '\\',
  '\uE001': '~',
  '\uE002': '=',
  '\uE003': '#',
  '\uE004': '{',
  '\uE005': '}',
  '\uE006': ':',
  '\uE007': '\n',
};

/** One left-to-right pass, so `\\~` is a literal backslash followed by a real `~` (as in Moodle). */
export function protectGiftEscapes(text: string): string {
  return text.replace(/\\([\\~=#{}:n])/g, (_match, char: string) => PLACEHOLDER_OF[char]!);
}

export function restoreGiftEscapes(text: string): string {
  return text.replace(/[\uE000-\uE007]/g, (placeholder) => LITERAL_OF[placeholder]!);
}

/** Export side: escapes `\ # = ~ { } :` and writes line breaks as `\n`, so every text stays on one line. */
export function escapeGiftText(text: string): string {
  return text.replace(/[\\#=~{}:]/g, (char) => `\\${char}`).replace(/\r\n|\r|\n/g, '\\n');
}
