/**
 * JSON.parse gives values but no positions (and on Node 20 often no position for a syntax error
 * either). This small strict scanner walks the same grammar and records the line where every
 * value starts, keyed by its path, so schema problems and questions can carry line numbers; on
 * malformed input it names the line of the first error.
 */

export type JsonPath = readonly (string | number)[];

export type JsonScan =
  { ok: true; lines: Map<string, number> } | { ok: false; line: number; message: string };

interface Scanner {
  text: string;
  position: number;
  line: number;
  lines: Map<string, number>;
}

class JsonScanError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/** Keys are built by appending to the parent's key while scanning (no array per value): fast on big files. */
export function jsonPathKey(path: JsonPath): string {
  let key = '';
  for (const segment of path) key = childKey(key, segment);
  return key;
}

function childKey(parentKey: string, segment: string | number): string {
  return `${parentKey}\u0000${segment}`;
}

function fail(scanner: Scanner, message: string): never {
  throw new JsonScanError(scanner.line, message);
}

function skipWhitespace(scanner: Scanner): void {
  for (;;) {
    const char = scanner.text[scanner.position];
    if (char === '\n') scanner.line++;
    else if (char !== ' ' && char !== '\t' && char !== '\r') return;
    scanner.position++;
  }
}

function expect(scanner: Scanner, char: string, what: string): void {
  skipWhitespace(scanner);
  if (scanner.text[scanner.position] !== char) fail(scanner, `Expected ${what}`);
  scanner.position++;
}

function scanString(scanner: Scanner): string {
  const start = scanner.position++;
  for (;;) {
    const char = scanner.text[scanner.position];
    if (char === undefined) fail(scanner, 'Unterminated string');
    if (char === '"') break;
    if (char === '\\') {
      const escape = /^\\(["\\/bfnrt]|u[0-9a-fA-F]{4})/.exec(
        scanner.text.slice(scanner.position, scanner.position + 6),
      );
      if (!escape) fail(scanner, 'Invalid escape in a string');
      scanner.position += escape[0].length;
    } else if (char < ' ') {
      fail(scanner, 'Line break or control character inside a string (write \\n)');
    } else {
      scanner.position++;
    }
  }
  scanner.position++;
  return JSON.parse(scanner.text.slice(start, scanner.position)) as string;
}

const LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

function scanLiteral(scanner: Scanner): void {
  LITERAL.lastIndex = scanner.position;
  const match = LITERAL.exec(scanner.text);
  if (!match) {
    const char = scanner.text[scanner.position];
    fail(
      scanner,
      char === undefined ? 'Unexpected end of the file' : `Unexpected character ${JSON.stringify(char)}`,
    );
  }
  scanner.position += match[0].length;
}

function scanContainer(scanner: Scanner, key: string, depth: number, isObject: boolean): void {
  const close = isObject ? '}' : ']';
  scanner.position++;
  skipWhitespace(scanner);
  if (scanner.text[scanner.position] === close) {
    scanner.position++;
    return;
  }
  for (let index = 0; ; index++) {
    let segment: string | number = index;
    if (isObject) {
      skipWhitespace(scanner);
      if (scanner.text[scanner.position] !== '"') fail(scanner, 'Expected a property name in double quotes');
      segment = scanString(scanner);
      expect(scanner, ':', '":" after a property name');
    }
    scanValue(scanner, childKey(key, segment), depth + 1);
    skipWhitespace(scanner);
    const next = scanner.text[scanner.position];
    scanner.position++;
    if (next === close) return;
    if (next !== ',') fail(scanner, `Expected "," or "${close}"`);
  }
}

/** Far deeper than a question file needs; stops a hostile file from exhausting the stack. */
const MAX_DEPTH = 64;

function scanValue(scanner: Scanner, key: string, depth: number): void {
  if (depth > MAX_DEPTH) fail(scanner, `Nesting deeper than ${MAX_DEPTH} levels`);
  skipWhitespace(scanner);
  scanner.lines.set(key, scanner.line);
  const char = scanner.text[scanner.position];
  if (char === '{' || char === '[') scanContainer(scanner, key, depth, char === '{');
  else if (char === '"') scanString(scanner);
  else scanLiteral(scanner);
}

export function scanJson(text: string): JsonScan {
  const scanner: Scanner = { text, position: 0, line: 1, lines: new Map() };
  try {
    scanValue(scanner, '', 0);
    skipWhitespace(scanner);
    if (scanner.position < text.length) fail(scanner, 'Unexpected text after the end of the JSON value');
    return { ok: true, lines: scanner.lines };
  } catch (error) {
    if (error instanceof JsonScanError) return { ok: false, line: error.line, message: error.message };
    throw error;
  }
}

/** The line of the value at `path`, or of its nearest ancestor that was recorded. */
export function lineOfPath(lines: Map<string, number>, path: JsonPath): number {
  for (let length = path.length; length >= 0; length--) {
    const line = lines.get(jsonPathKey(path.slice(0, length)));
    if (line !== undefined) return line;
  }
  return 1;
}
