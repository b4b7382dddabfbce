import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MigrationError, parseMigration } from '../../../database/migrator';
import { splitStatements } from '../../../database/migrator/sql-scanner';
import { FIXTURES } from './helpers';

function parseError(text: string, file = 'db/20260101000000_x.sql'): MigrationError {
  try {
    parseMigration(text, file);
  } catch (error) {
    if (error instanceof MigrationError) return error;
    throw error;
  }
  throw new Error('expected a MigrationError');
}

function invalid(name: string): MigrationError {
  const file = path.join(FIXTURES, 'invalid', name);
  return parseError(readFileSync(file, 'utf8'), file);
}

describe('splitStatements', () => {
  it('ignores semicolons in strings, quoted identifiers and comments, and -- inside strings', () => {
    const text = [
      `INSERT INTO "a;b" ([c;d], e) VALUES ('x;y', 'it''s -- no comment;'); -- trailing; comment`,
      `/* block; comment */ SELECT \`tick;tock\`;`,
      `SELECT 1 -- comment; here`,
      `;`,
    ].join('\n');
    const { statements, pending, open } = splitStatements(text);
    expect(statements.map((s) => s.sql)).toEqual([
      `INSERT INTO "a;b" ([c;d], e) VALUES ('x;y', 'it''s -- no comment;');`,
      'SELECT `tick;tock`;',
      'SELECT 1 -- comment; here\n;',
    ]);
    expect(statements.map((s) => s.line)).toEqual([1, 2, 3]);
    expect(pending).toBeNull();
    expect(open).toBeNull();
  });

  it('keeps a trigger body whole only in trigger-aware mode', () => {
    const trigger = `CREATE TRIGGER t AFTER INSERT ON x BEGIN\n  UPDATE x SET n = CASE WHEN 1 THEN 2 END;\n  DELETE FROM y;\nEND;`;
    expect(splitStatements(trigger, { triggerAware: true }).statements).toHaveLength(1);
    expect(splitStatements(trigger).statements.length).toBeGreaterThan(1);
  });

  it('reports an unterminated string with the line it started on', () => {
    expect(splitStatements(`SELECT 1;\nSELECT 'abc;\n`).open).toEqual({ kind: 'string literal', line: 2 });
  });
});

describe('parseMigration', () => {
  it('accepts every real migration of database/migrations', () => {
    const dir = path.resolve(FIXTURES, '../../../database/migrations');
    const names = ['20261122000100_create_users.sql', '20261122000400_create_study_history.sql'];
    for (const name of names) {
      const parsed = parseMigration(readFileSync(path.join(dir, name), 'utf8'), name);
      expect(parsed.up.statements.length).toBeGreaterThan(0);
      expect(parsed.down?.statements.length).toBeGreaterThan(0);
    }
  });

  it('splits sections, keeps a StatementBegin block whole and records lines and notransaction', () => {
    const parsed = parseMigration(
      [
        '-- +migrate Up notransaction',
        'CREATE TABLE a (id INTEGER);',
        '-- +migrate StatementBegin',
        'CREATE TRIGGER a_t AFTER INSERT ON a BEGIN',
        '  SELECT 1; SELECT 2;',
        'END;',
        '-- +migrate StatementEnd',
        '-- +migrate Down',
        'DROP TABLE a;',
      ].join('\n'),
      'x.sql',
    );
    expect(parsed.up.noTransaction).toBe(true);
    expect(parsed.up.statements.map((s) => s.line)).toEqual([2, 4]);
    expect(parsed.up.statements[1]?.sql).toMatch(/^CREATE TRIGGER a_t[\s\S]*END;$/);
    expect(parsed.down).toEqual({
      line: 8,
      noTransaction: false,
      statements: [{ sql: 'DROP TABLE a;', line: 9 }],
    });
  });

  it('treats an empty Down section (or none) as having no statements', () => {
    expect(
      parseMigration('-- +migrate Up\nSELECT 1;\n-- +migrate Down\n-- nothing\n', 'x.sql').down?.statements,
    ).toEqual([]);
    expect(parseMigration('-- +migrate Up\nSELECT 1;\n', 'x.sql').down).toBeNull();
  });

  it.each([
    ['unknown_annotation_statementbegins.sql', 3, /unknown annotation "-- \+migrate StatementBegins"/],
    ['unknown_annotation_lowercase_up.sql', 1, /unknown annotation "-- \+migrate up"/],
    ['unknown_annotation_sideways.sql', 4, /unknown annotation "-- \+migrate Sideways"/],
  ])('rejects the unknown annotation in %s at line %i', (name, line, message) => {
    const error = invalid(name);
    expect(error.line).toBe(line);
    expect(error.message).toMatch(message);
    expect(error.message).toContain(`${name}:${line}:`);
  });

  it('rejects BEGIN and COMMIT inside a transactional migration', () => {
    const error = invalid('begin_in_transaction.sql');
    expect(error.line).toBe(3);
    expect(error.statement).toBe('BEGIN;');
    expect(error.message).toMatch(/BEGIN is not allowed/);
    for (const keyword of ['COMMIT', 'END TRANSACTION', 'ROLLBACK', 'SAVEPOINT s', 'RELEASE s']) {
      expect(parseError(`-- +migrate Up\nSELECT 1;\n${keyword};\n`).line).toBe(3);
    }
  });

  it('rejects SQL before the first annotation but allows comments there', () => {
    const error = invalid('sql_before_annotation.sql');
    expect(error.line).toBe(2);
    expect(error.message).toMatch(/SQL before the first -- \+migrate annotation/);
    expect(error.statement).toBe('CREATE TABLE broken (id INTEGER PRIMARY KEY);');
  });

  it('rejects a statement without its semicolon, a bare trigger and an unterminated string', () => {
    expect(invalid('missing_semicolon.sql')).toMatchObject({
      line: 2,
      statement: 'CREATE TABLE broken (id INTEGER PRIMARY KEY)',
    });
    expect(invalid('trigger_without_chunk.sql').message).toMatch(
      /CREATE TRIGGER must be wrapped in -- \+migrate StatementBegin/,
    );
    expect(invalid('unterminated_string.sql')).toMatchObject({ line: 2 });
    expect(invalid('unterminated_string.sql').message).toMatch(/unterminated string literal/);
  });

  it('rejects misplaced and malformed annotations', () => {
    const cases: Array<[string, number, RegExp]> = [
      ['-- +migrate Down\nSELECT 1;\n', 1, /no -- \+migrate Up section/],
      ['-- +migrate Up\nSELECT 1;\n-- +migrate Up\nSELECT 2;\n', 3, /second -- \+migrate Up/],
      ['-- +migrate Up\n-- +migrate StatementEnd\n', 2, /StatementEnd without a StatementBegin/],
      ['-- +migrate Up\n-- +migrate StatementBegin\nSELECT 1;\n', 2, /no matching StatementEnd/],
      ['-- +migrate Up\n-- +migrate StatementBegin\n-- +migrate StatementEnd\n', 2, /empty StatementBegin/],
      ['-- +migrate Up transaction\nSELECT 1;\n', 1, /unknown option "transaction"/],
      ['-- +migrate StatementBegin\nSELECT 1;\n', 1, /StatementBegin before the first/],
      ['--+migrate Up\nSELECT 1;\n', 1, /unknown annotation/],
      ['-- +migrate Up\nPRAGMA foreign_keys = OFF;\n', 2, /no effect inside a transaction/],
      ['-- +migrate Up\nVACUUM;\n', 2, /cannot run inside a transaction/],
    ];
    for (const [text, line, message] of cases) {
      const error = parseError(text);
      expect(error.line, text).toBe(line);
      expect(error.message, text).toMatch(message);
    }
  });

  it('allows PRAGMA foreign_keys and VACUUM in a notransaction section', () => {
    const parsed = parseMigration(
      '-- +migrate Up notransaction\nPRAGMA foreign_keys = OFF;\nVACUUM;\n',
      'x.sql',
    );
    expect(parsed.up.statements).toHaveLength(2);
  });

  it('does not take an annotation-like line inside a multi-line string or block comment for one', () => {
    const parsed = parseMigration(
      "-- +migrate Up\nINSERT INTO t (v) VALUES ('line one\n-- +migrate Down\nline three');\n/*\n-- +migrate Sideways\n*/\n",
      'x.sql',
    );
    expect(parsed.up.statements).toHaveLength(1);
    expect(parsed.down).toBeNull();
  });

  it('limits the statement in an error message to about 80 characters', () => {
    const long = `SELECT '${'x'.repeat(200)}';`;
    const error = parseError(`${long}\n-- +migrate Up\n`);
    expect(error.statement?.length).toBeLessThanOrEqual(81);
    expect(error.message).toContain(`statement: SELECT 'xxx`);
  });
});
