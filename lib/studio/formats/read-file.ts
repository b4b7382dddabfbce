import type { ParseResult, QuestionFileFormat } from '../question-model';
import { describeDelimiter } from './csv-columns';
import { checkPastedText, decodeQuestionBytes } from './decode';
import { parseQuestionFile } from './index';

/**
 * The one decode + parse pipeline of an import, shared by the studio upload and the CLI: bytes (a
 * file) are decoded with their detected encoding, text (pasted) is checked for lost characters, then
 * the format's parser runs. A file that cannot be read sensibly is refused whole with a message.
 */

export type QuestionFileInput = { bytes: Uint8Array } | { text: string };

export type QuestionFileRead =
  | {
      ok: true;
      /** The encoding the file was read in ("UTF-8", "Windows-1252", …), or "pasted text". */
      encoding: string;
      /** CSV only: the delimiter read from the header row (`,` `;` or a tab). */
      delimiter?: string;
      result: ParseResult;
    }
  | { ok: false; message: string };

export function readQuestionFile(format: QuestionFileFormat, input: QuestionFileInput): QuestionFileRead {
  const decoded = 'bytes' in input ? decodeQuestionBytes(input.bytes) : checkPastedText(input.text);
  if (!decoded.ok) return decoded;
  const result = parseQuestionFile(format, decoded.text);
  const encoding = 'bytes' in input ? decoded.encoding : 'pasted text';
  if (result.delimiter === undefined) return { ok: true, encoding, result };
  return { ok: true, encoding, delimiter: result.delimiter, result };
}

export { describeDelimiter };
