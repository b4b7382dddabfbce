/**
 * A small SQL lexer that splits text into statements at top-level semicolons. It knows
 * SQLite's quoting ('strings', "identifiers", `identifiers`, [identifiers]) and comments
 * (-- line, /* block *\/), so semicolons and `--` inside them are plain text.
 *
 * In trigger-aware mode a CREATE TRIGGER statement runs until the END that closes its
 * BEGIN (CASE … END pairs inside are counted), so its body's semicolons do not split it.
 * Text is fed line by line so that callers can look at each line between feeds (the
 * migration parser checks for annotations only where no string or comment is open).
 */

export interface ScannedStatement {
  /** From the first significant character through the terminating `;` (if any). */
  sql: string;
  /** 1-based line of the first significant character. */
  line: number;
  /** The first upper-cased words outside strings and comments, for classification. */
  words: string[];
}

export type OpenConstruct = 'string literal' | 'quoted identifier' | 'block comment';

type State = 'code' | 'single' | 'double' | 'backtick' | 'bracket' | 'lineComment' | 'blockComment';

const KEPT_WORDS = 8;
const CLOSING_CHAR: Partial<Record<State, string>> = {
  single: "'",
  double: '"',
  backtick: '`',
  bracket: ']',
};
const OPENING_STATE: Record<string, State> = {
  "'": 'single',
  '"': 'double',
  '`': 'backtick',
  '[': 'bracket',
};

function isWordChar(ch: string): boolean {
  return /[A-Za-z0-9_$]/.test(ch) || ch.charCodeAt(0) > 0x7f;
}

export function isCreateTrigger(words: readonly string[]): boolean {
  if (words[0] !== 'CREATE') return false;
  if (words[1] === 'TRIGGER') return true;
  return (words[1] === 'TEMP' || words[1] === 'TEMPORARY') && words[2] === 'TRIGGER';
}

export class SqlScanner {
  private state: State = 'code';
  private stateLine = 0;
  private buffer = '';
  private startLine: number | null = null;
  private words: string[] = [];
  private word = '';
  private depth = 0;

  constructor(private readonly triggerAware = false) {}

  /** True when no string, quoted identifier or comment is open. */
  get neutral(): boolean {
    return this.state === 'code' || this.state === 'lineComment';
  }

  /** The statement started but not yet terminated by `;`, if any. */
  get pending(): ScannedStatement | null {
    if (this.startLine === null) return null;
    return { sql: this.buffer.trim(), line: this.startLine, words: this.currentWords() };
  }

  /** The string/identifier/comment left open, and the line it started on. */
  get open(): { kind: OpenConstruct; line: number } | null {
    if (this.state === 'blockComment') return { kind: 'block comment', line: this.stateLine };
    if (this.state === 'single') return { kind: 'string literal', line: this.stateLine };
    if (this.state === 'code' || this.state === 'lineComment') return null;
    return { kind: 'quoted identifier', line: this.stateLine };
  }

  /** Feeds one line (with its trailing newline) and returns the statements it completed. */
  feedLine(text: string, line: number): ScannedStatement[] {
    const done: ScannedStatement[] = [];
    for (let i = 0; i < text.length; i += 1) {
      const ch = text[i] as string;
      const next = text[i + 1];
      if (this.state === 'code') {
        i += this.scanCode(ch, next, line, done);
      } else if (this.state === 'lineComment') {
        this.append(ch);
        if (ch === '\n') this.state = 'code';
      } else if (this.state === 'blockComment') {
        this.append(ch);
        if (ch === '*' && next === '/') {
          this.append('/');
          i += 1;
          this.state = 'code';
        }
      } else {
        this.append(ch);
        if (ch === CLOSING_CHAR[this.state]) this.state = 'code';
      }
    }
    return done;
  }

  /** Handles one character in code state; returns how many extra characters it consumed. */
  private scanCode(ch: string, next: string | undefined, line: number, done: ScannedStatement[]): number {
    if (isWordChar(ch)) {
      this.markContent(line);
      this.word += ch;
      this.append(ch);
      return 0;
    }
    this.flushWord();
    if ((ch === '-' && next === '-') || (ch === '/' && next === '*')) {
      this.state = ch === '-' ? 'lineComment' : 'blockComment';
      this.stateLine = line;
      this.append(ch + next);
      return 1;
    }
    if (ch === ';') {
      if (this.startLine === null) return 0; // an empty statement: nothing to run
      this.append(ch);
      if (this.depth === 0) done.push(this.takeStatement());
      return 0;
    }
    const quoted = OPENING_STATE[ch];
    if (quoted) {
      this.state = quoted;
      this.stateLine = line;
    }
    if (!/\s/.test(ch)) this.markContent(line);
    this.append(ch);
    return 0;
  }

  private markContent(line: number): void {
    if (this.startLine === null) this.startLine = line;
  }

  private append(text: string): void {
    if (this.startLine !== null) this.buffer += text;
  }

  private flushWord(): void {
    if (!this.word) return;
    const upper = this.word.toUpperCase();
    this.word = '';
    if (this.words.length < KEPT_WORDS) this.words.push(upper);
    if (!this.triggerAware || !isCreateTrigger(this.words)) return;
    if (upper === 'BEGIN' || upper === 'CASE') this.depth += 1;
    else if (upper === 'END' && this.depth > 0) this.depth -= 1;
  }

  private currentWords(): string[] {
    return this.word ? [...this.words, this.word.toUpperCase()].slice(0, KEPT_WORDS) : [...this.words];
  }

  private takeStatement(): ScannedStatement {
    const statement = { sql: this.buffer.trim(), line: this.startLine ?? 0, words: this.words };
    this.buffer = '';
    this.startLine = null;
    this.words = [];
    this.depth = 0;
    return statement;
  }
}

/** Splits a whole text; the unterminated remainder (if any) is returned as `pending`. */
export function splitStatements(text: string, options: { firstLine?: number; triggerAware?: boolean } = {}) {
  const scanner = new SqlScanner(options.triggerAware ?? false);
  const statements: ScannedStatement[] = [];
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    const suffix = index < lines.length - 1 ? '\n' : '';
    statements.push(...scanner.feedLine(line + suffix, (options.firstLine ?? 1) + index));
  });
  return { statements, pending: scanner.pending, open: scanner.open };
}
