import path from 'node:path';

export interface MigrationErrorDetails {
  file?: string;
  line?: number;
  statement?: string;
  cause?: unknown;
}

const PREVIEW_LENGTH = 80;

/** The first ~80 characters of a statement on one line, for error messages and logs. */
export function previewStatement(sql: string): string {
  const flat = sql.replace(/\s+/g, ' ').trim();
  return flat.length > PREVIEW_LENGTH ? `${flat.slice(0, PREVIEW_LENGTH)}…` : flat;
}

/** A path relative to the working directory when it lies inside it: shorter, still clickable. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

/**
 * Every failure the migrator reports on purpose. The message is complete on its own
 * (`file:line: reason` and the statement), so a CLI can print it as is.
 */
export class MigrationError extends Error {
  override name = 'MigrationError';
  file?: string;
  line?: number;
  statement?: string;

  constructor(reason: string, details: MigrationErrorDetails = {}) {
    super(formatMessage(reason, details), details.cause === undefined ? undefined : { cause: details.cause });
    this.file = details.file;
    this.line = details.line;
    this.statement = details.statement === undefined ? undefined : previewStatement(details.statement);
  }
}

function formatMessage(reason: string, details: MigrationErrorDetails): string {
  let location = '';
  if (details.file)
    location = details.line
      ? `${displayPath(details.file)}:${details.line}: `
      : `${displayPath(details.file)}: `;
  const statement =
    details.statement === undefined ? '' : `\n  statement: ${previewStatement(details.statement)}`;
  return `${location}${reason}${statement}`;
}
