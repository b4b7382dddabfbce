import { z } from 'zod';
import {
  codeExhibitSchema,
  EXHIBIT_ALT_MAX,
  EXHIBIT_TITLE_MAX,
  MAX_EXHIBITS,
  tableExhibitSchema,
  type CodeExhibit,
  type ExhibitImageType,
  type TableExhibit,
} from '../../exam/exhibits';
import { bytesOfDataUrl, checkMediaBytes, MAX_MEDIA_BYTES } from '../../media/sniff';

/**
 * Exhibits in the JSON format: tables and code/log blocks as stored, images inline as base64
 * data URLs ({"kind": "image", "title", "alt", "data": "data:image/png;base64,…"}), so one file
 * carries a question whole. An image is checked like an upload: by its bytes (PNG, JPEG, WebP,
 * GIF; the declared type must agree), at most 2 MB.
 */

// 2 MB of bytes is 2.8 MB of base64; the prefix and line breaks get a little room.
const MAX_DATA_URL = Math.ceil((MAX_MEDIA_BYTES * 4) / 3) + 1024;

export const jsonImageExhibitSchema = z.strictObject({
  kind: z.literal('image'),
  title: z.string().trim().min(1, 'needs a title').max(EXHIBIT_TITLE_MAX),
  alt: z.string().trim().min(1, 'needs alt text (a description of the image)').max(EXHIBIT_ALT_MAX),
  data: z.string().max(MAX_DATA_URL, 'is over the 2 MB limit'),
});

export const jsonExhibitListSchema = z
  .array(z.discriminatedUnion('kind', [jsonImageExhibitSchema, tableExhibitSchema, codeExhibitSchema]))
  .max(MAX_EXHIBITS, `at most ${MAX_EXHIBITS} exhibits`);

export type JsonExhibit = z.infer<typeof jsonExhibitListSchema>[number];

/** An image as a file holds it, decoded and checked (the database layer hashes and stores it). */
export interface ImportedImageExhibit {
  kind: 'image';
  title: string;
  alt: string;
  mime: ExhibitImageType;
  bytes: Uint8Array;
  width?: number;
  height?: number;
}

export type ImportedExhibit = ImportedImageExhibit | TableExhibit | CodeExhibit;

/** An image ready to write: its data URL. */
export interface FileImageExhibit {
  kind: 'image';
  title: string;
  alt: string;
  data: string;
}

export type FileExhibit = FileImageExhibit | TableExhibit | CodeExhibit;

/** An image's checked bytes, or why it is refused. */
function decodeImage(exhibit: z.infer<typeof jsonImageExhibitSchema>): ImportedImageExhibit | string {
  const file = bytesOfDataUrl(exhibit.data);
  if (!file) return 'is not a base64 data: URL (data:image/png;base64,…)';
  const check = checkMediaBytes(file.bytes);
  if (!check.ok) return check.error;
  if (check.image.mime !== file.declaredType)
    return `says ${file.declaredType} but holds ${check.image.mime}`;
  return { kind: 'image', title: exhibit.title, alt: exhibit.alt, bytes: file.bytes, ...check.image };
}

/** The exhibits of one question, or the problems (each names its exhibit) that refuse it. */
export function decodeJsonExhibits(
  exhibits: readonly JsonExhibit[],
): { ok: true; exhibits: ImportedExhibit[] } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const decoded: ImportedExhibit[] = [];
  exhibits.forEach((exhibit, index) => {
    if (exhibit.kind !== 'image') return void decoded.push(exhibit);
    const image = decodeImage(exhibit);
    if (typeof image === 'string') problems.push(`exhibits[${index}].data: ${image}`);
    else decoded.push(image);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, exhibits: decoded };
}

/** Bytes → "data:<type>;base64,…" without Node's Buffer (lib code also runs in browsers). */
export function dataUrlOf(mime: string, bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let at = 0; at < bytes.length; at += chunk)
    binary += String.fromCharCode(...bytes.subarray(at, at + chunk));
  return `data:${mime};base64,${btoa(binary)}`;
}
