import { LOOKS_LIKE_ANNOTATION, readAnnotation, spell, type Annotation, type Dialect } from './annotations';
import { MigrationError } from './errors';
import { SqlScanner, type ScannedStatement } from './sql-scanner';
import { checkStatement } from './statement-rules';

/**
 * Parser of migration files in sql-migrate's format (or goose's, see annotations.ts):
 *   -- +migrate Up [notransaction]      -- +migrate Down [notransaction]
 *   -- +migrate StatementBegin          -- +migrate StatementEnd
 * Statements are split at top-level semicolons by the SQL scanner, inside StatementBegin blocks
 * too: the other tools hand a block to the driver as one string, which SQLite drivers run
 * whole, but libSQL's execute runs only the first statement of a string and drops the rest
 * silently. So each statement of a block becomes a statement of its own (a trigger's
 * BEGIN … END body, with its CASE … END pairs, stays one), still in the migration's one batch.
 * Unknown annotations and SQL before the first annotation are errors.
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

interface Chunk {
  line: number;
  scanner: SqlScanner;
  statements: ScannedStatement[];
}

/** A statement waiting for the end of the file: goose's NO TRANSACTION may come after it. */
interface Collected {
  statement: ScannedStatement;
  inChunk: boolean;
}

interface OpenSection {
  section: MigrationSection;
  collected: Collected[];
}

class MigrationParser {
  private readonly sections = new Map<Direction, OpenSection>();
  private current: OpenSection | null = null;
  private scanner = new SqlScanner();
  private chunk: Chunk | null = null;
  private dialect: Dialect | null = null;
  /** goose's file-wide `-- +goose NO TRANSACTION`. */
  private fileNoTransaction = false;

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
    if (!up) this.fail(`no ${spell(this.dialect ?? 'migrate', 'Up')} section`, 1);
    for (const open of this.sections.values()) this.finishSection(open);
    return { up: up.section, down: this.sections.get('Down')?.section ?? null };
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
      for (const statement of done) this.current.collected.push({ statement, inChunk: false });
    }
  }

  private handleAnnotation(annotation: Annotation, line: number): void {
    const { command } = annotation;
    if (this.dialect && this.dialect !== annotation.dialect) {
      this.fail(
        `this file mixes -- +${this.dialect} and -- +${annotation.dialect} annotations; use one tool's annotations per file`,
        line,
      );
    }
    this.dialect = annotation.dialect;
    if (command === 'StatementEnd') return this.closeChunk(line);
    if (this.chunk)
      this.fail(
        `-- +${annotation.dialect} ${command} inside the StatementBegin block opened at line ${this.chunk.line}`,
        line,
      );
    if (command === 'NoTransaction') {
      this.fileNoTransaction = true;
      return;
    }
    if (command === 'StatementBegin') return this.openChunk(line);
    this.closeSection();
    if (this.sections.has(command)) this.fail(`a second ${spell(annotation.dialect, command)} section`, line);
    this.current = {
      section: { line, noTransaction: annotation.noTransaction, statements: [] },
      collected: [],
    };
    this.sections.set(command, this.current);
  }

  private openChunk(line: number): void {
    if (!this.current) this.fail('StatementBegin before the first Up or Down annotation', line);
    this.assertNothingPending('StatementBegin');
    this.chunk = { line, scanner: new SqlScanner(true), statements: [] };
  }

  /** Every statement of the block is kept, each on its own; a last one may lack its ";". */
  private closeChunk(line: number): void {
    const chunk = this.chunk;
    if (!chunk) this.fail('StatementEnd without a StatementBegin', line);
    this.chunk = null;
    const open = chunk.scanner.open;
    if (open) this.fail(`unterminated ${open.kind} in the StatementBegin block`, open.line);
    const statements = [...chunk.statements];
    const pending = chunk.scanner.pending;
    if (pending) statements.push(pending);
    if (statements.length === 0) this.fail('empty StatementBegin/StatementEnd block', chunk.line);
    const current = this.current as OpenSection;
    for (const statement of statements) current.collected.push({ statement, inChunk: true });
  }

  /** Checks each statement once the whole file (and so any NO TRANSACTION) has been read. */
  private finishSection({ section, collected }: OpenSection): void {
    if (this.fileNoTransaction) section.noTransaction = true;
    const dialect = this.dialect ?? 'migrate';
    for (const { statement, inChunk } of collected) {
      const problem = checkStatement(statement.words, {
        noTransaction: section.noTransaction,
        inChunk,
        dialect,
      });
      if (problem) this.fail(problem, statement.line, statement.sql);
      section.statements.push({ sql: statement.sql, line: statement.line });
    }
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
