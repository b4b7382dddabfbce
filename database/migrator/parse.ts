import { MigrationError } from './errors';
import { SqlScanner, type ScannedStatement } from './sql-scanner';
import { checkStatement } from './statement-rules';

/**
 * Parser of the sql-migrate file format:
 *   -- +migrate Up [notransaction]      -- +migrate Down [notransaction]
 *   -- +migrate StatementBegin          -- +migrate StatementEnd
 * Anything else that looks like an annotation is an error, as is SQL before the first one.
 */

export interface MigrationStatement {
  sql: string;
  line: number;
}

export interface MigrationSection {
  /** Line of the section's annotation. */
  line: number;
  noTransaction: boolean;
  statements: MigrationStatement[];
}

export interface ParsedMigration {
  up: MigrationSection;
  /** null when the file has no Down section. */
  down: MigrationSection | null;
}

type Direction = 'Up' | 'Down';

interface Annotation {
  command: 'Up' | 'Down' | 'StatementBegin' | 'StatementEnd';
  noTransaction: boolean;
}

const LOOKS_LIKE_ANNOTATION = /^\s*--\s*\+\s*migrate(?![a-z0-9_])/i;
const ANNOTATION = /^\s*-- \+migrate\s+(\S+)((?:\s+\S+)*)\s*$/;
const COMMANDS = new Set(['Up', 'Down', 'StatementBegin', 'StatementEnd']);

function readAnnotation(text: string, fail: (reason: string) => never): Annotation {
  const match = ANNOTATION.exec(text);
  const command = match?.[1] ?? '';
  if (!match || !COMMANDS.has(command)) {
    fail(
      `unknown annotation "${text.trim()}" (expected -- +migrate Up, Down, StatementBegin or StatementEnd; names are case-sensitive)`,
    );
  }
  const options = (match[2] ?? '').trim().split(/\s+/).filter(Boolean);
  const directional = command === 'Up' || command === 'Down';
  for (const option of options) {
    if (option !== 'notransaction' || !directional)
      fail(`unknown option "${option}" in annotation "${text.trim()}"`);
  }
  return { command: command as Annotation['command'], noTransaction: options.length > 0 };
}

interface Chunk {
  line: number;
  scanner: SqlScanner;
  statements: ScannedStatement[];
}

class MigrationParser {
  private readonly sections = new Map<Direction, MigrationSection>();
  private current: MigrationSection | null = null;
  private scanner = new SqlScanner();
  private chunk: Chunk | null = null;

  constructor(private readonly file: string) {}

  fail(reason: string, line?: number, statement?: string): never {
    throw new MigrationError(reason, { file: this.file, line, statement });
  }

  parse(text: string): ParsedMigration {
    const lines = text.split('\n');
    lines.forEach((content, index) => this.feed(content, index + 1, index < lines.length - 1));
    if (this.chunk) this.fail('StatementBegin has no matching StatementEnd', this.chunk.line);
    this.closeSection();
    const up = this.sections.get('Up');
    if (!up) this.fail('no -- +migrate Up section', 1);
    return { up, down: this.sections.get('Down') ?? null };
  }

  private feed(content: string, line: number, hasNewline: boolean): void {
    const scanner = this.chunk?.scanner ?? this.scanner;
    if (scanner.neutral && LOOKS_LIKE_ANNOTATION.test(content)) {
      this.handleAnnotation(
        readAnnotation(content, (reason) => this.fail(reason, line)),
        line,
      );
      return;
    }
    const done = scanner.feedLine(hasNewline ? `${content}\n` : content, line);
    if (this.chunk) {
      this.chunk.statements.push(...done);
    } else if (!this.current) {
      const sql = done[0]?.sql ?? scanner.pending?.sql;
      if (sql !== undefined) this.fail('SQL before the first -- +migrate annotation', line, sql);
    } else {
      for (const statement of done) this.addStatement(statement, false);
    }
  }

  private handleAnnotation(annotation: Annotation, line: number): void {
    const { command } = annotation;
    if (command === 'StatementEnd') return this.closeChunk(line);
    if (this.chunk)
      this.fail(
        `-- +migrate ${command} inside the StatementBegin block opened at line ${this.chunk.line}`,
        line,
      );
    if (command === 'StatementBegin') return this.openChunk(line);
    this.closeSection();
    if (this.sections.has(command)) this.fail(`a second -- +migrate ${command} section`, line);
    this.current = { line, noTransaction: annotation.noTransaction, statements: [] };
    this.sections.set(command, this.current);
  }

  private openChunk(line: number): void {
    if (!this.current) this.fail('StatementBegin before the first -- +migrate Up or Down', line);
    this.assertNothingPending('StatementBegin');
    this.chunk = { line, scanner: new SqlScanner(true), statements: [] };
  }

  private closeChunk(line: number): void {
    const chunk = this.chunk;
    if (!chunk) this.fail('StatementEnd without a StatementBegin', line);
    this.chunk = null;
    const open = chunk.scanner.open;
    if (open) this.fail(`unterminated ${open.kind} in the StatementBegin block`, open.line);
    const statements = [...chunk.statements];
    const pending = chunk.scanner.pending;
    if (pending) statements.push(pending);
    const [first, second] = statements;
    if (!first) this.fail('empty StatementBegin/StatementEnd block', chunk.line);
    if (second) {
      this.fail(
        `the StatementBegin block opened at line ${chunk.line} holds ${statements.length} statements; a block must hold exactly one (libSQL would silently run only the first)`,
        second.line,
        second.sql,
      );
    }
    this.addStatement(first, true);
  }

  private addStatement(statement: ScannedStatement, inChunk: boolean): void {
    const section = this.current as MigrationSection;
    const problem = checkStatement(statement.words, { noTransaction: section.noTransaction, inChunk });
    if (problem) this.fail(problem, statement.line, statement.sql);
    section.statements.push({ sql: statement.sql, line: statement.line });
  }

  private assertNothingPending(before: string): void {
    const pending = this.scanner.pending;
    if (pending) this.fail(`statement does not end with ";" before ${before}`, pending.line, pending.sql);
  }

  private closeSection(): void {
    const open = this.scanner.open;
    if (open) this.fail(`unterminated ${open.kind}`, open.line);
    if (this.current) this.assertNothingPending('the end of the section');
    this.scanner = new SqlScanner();
  }
}

/** Parses normalised migration text (LF line ends, no BOM); `file` is used in error messages. */
export function parseMigration(text: string, file: string): ParsedMigration {
  return new MigrationParser(file).parse(text);
}
