import { z } from 'zod';
import './zod-setup';
import { param, wholeNumberParam } from './search-params';

/** Schemas of the studio's import (form and action) and export (route). */

export const STUDIO_FORMATS = ['json', 'csv', 'gift', 'aiken'] as const;
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** The size of `text` in UTF-8, counted without encoding it. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (
      code >= 0xd800 &&
      code <= 0xdbff &&
      i + 1 < text.length &&
      (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00
    ) {
      bytes += 4; // a surrogate pair: one 4-byte character
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

export const IMPORT_TOO_LARGE = 'The file is larger than 5 MB.';

export const importFormSchema = z
  .object({
    examId: z.coerce
      .number({ message: 'Choose an exam.' })
      .int('Choose an exam.')
      .positive('Choose an exam.'),
    objectiveId: z.coerce.number().int().positive().optional().catch(undefined),
    format: z.enum(STUDIO_FORMATS, { message: 'Choose a format.' }),
    // Characters first (cheap, and stops the byte count on a huge string), then UTF-8 bytes: the limit is the file's size.
    source: z
      .string()
      .max(MAX_IMPORT_BYTES, IMPORT_TOO_LARGE)
      .refine(
        (text) => text.length <= MAX_IMPORT_BYTES && utf8ByteLength(text) <= MAX_IMPORT_BYTES,
        IMPORT_TOO_LARGE,
      )
      .default(''),
    /** An uploaded file's bytes: decoded on the server with its detected encoding (it wins over `source`). */
    file: z
      .instanceof(Uint8Array)
      .refine((bytes) => bytes.byteLength <= MAX_IMPORT_BYTES, IMPORT_TOO_LARGE)
      .optional(),
    asDraft: z.boolean().default(false),
  })
  .refine((input) => input.source !== '' || (input.file?.byteLength ?? 0) > 0, {
    path: ['source'],
    message: 'Paste the questions or choose a file.',
  });
export type ImportFormInput = z.infer<typeof importFormSchema>;

/** GET /api/studio/export?exam=<id>&format=…, checked by the route (400 naming the bad parameter). */
export const exportQuerySchema = z.object({
  exam: wholeNumberParam(1, Number.MAX_SAFE_INTEGER, 'Send the exam’s id (a positive whole number).'),
  format: param(z.enum(STUDIO_FORMATS, { message: 'Choose a format: json, csv, gift or aiken.' })),
});
