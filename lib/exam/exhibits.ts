import { z } from 'zod';
import '../validation/zod-setup';

/**
 * Exhibits (issue 20): what a question shows beside its stem — an image from the app's own media
 * storage, a table, or a code/log block. Stored on the question VERSION (`question_versions.exhibits`),
 * so a pinned version always shows what it was shown with. Generic on purpose: a case study's
 * scenario carries the same list, shown by the same component (components/question/exhibits.tsx).
 * Pure; the schema is the one authority for the editor, the save service and the importers.
 */

export const MAX_EXHIBITS = 6;
export const EXHIBIT_TITLE_MAX = 80;
export const EXHIBIT_ALT_MAX = 300;
export const EXHIBIT_CODE_MAX = 20_000;
export const TABLE_LIMITS = { columns: 12, rows: 50, cell: 500 } as const;

/** The image types the app stores, by the magic bytes of the file (lib/media/sniff.ts). SVG never: it can carry script. */
export const EXHIBIT_IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const;
export type ExhibitImageType = (typeof EXHIBIT_IMAGE_TYPES)[number];

/** A media hash: the lower-case hex sha256 of the stored bytes. */
export const MEDIA_HASH = /^[0-9a-f]{64}$/;

const title = z
  .string()
  .trim()
  .min(1, 'Give the exhibit a title.')
  .max(EXHIBIT_TITLE_MAX, `Keep the title under ${EXHIBIT_TITLE_MAX} characters.`);

const dimension = z.number().int().positive().max(100_000).optional();

export const imageExhibitSchema = z.strictObject({
  kind: z.literal('image'),
  title,
  alt: z
    .string()
    .trim()
    .min(1, 'Describe the image for people who cannot see it.')
    .max(EXHIBIT_ALT_MAX, `Keep the description under ${EXHIBIT_ALT_MAX} characters.`),
  hash: z.string().regex(MEDIA_HASH, 'Upload an image.'),
  mime: z.enum(EXHIBIT_IMAGE_TYPES, { message: 'Use a PNG, JPEG, WebP or GIF image.' }),
  width: dimension,
  height: dimension,
});

const cell = z
  .string()
  .max(TABLE_LIMITS.cell, `Keep a cell under ${TABLE_LIMITS.cell} characters.`)
  .transform((s) => s.trim());

export const tableExhibitSchema = z
  .strictObject({
    kind: z.literal('table'),
    title,
    header: z
      .array(cell)
      .min(1, 'Give the table a header row.')
      .max(TABLE_LIMITS.columns, `At most ${TABLE_LIMITS.columns} columns.`),
    rows: z
      .array(z.array(cell))
      .min(1, 'Give the table at least one row under the header.')
      .max(TABLE_LIMITS.rows, `At most ${TABLE_LIMITS.rows} rows.`),
  })
  .superRefine((t, ctx) => {
    if (t.header.every((h) => h === ''))
      ctx.addIssue({ code: 'custom', path: ['header'], message: 'Name at least one column.' });
    t.rows.forEach((row, i) => {
      if (row.length > t.header.length)
        ctx.addIssue({
          code: 'custom',
          path: ['rows', i],
          message: `Row ${i + 1} has ${row.length} cells; the header has ${t.header.length}.`,
        });
    });
  });

export const codeExhibitSchema = z.strictObject({
  kind: z.literal('code'),
  title,
  /** A hint for readers ("yaml", "log", "json"); shown, never executed or highlighted by script. */
  language: z
    .string()
    .trim()
    .max(20, 'Keep the language under 20 characters.')
    .regex(/^[a-z0-9+#.-]*$/i, 'Letters, digits, + # . - only.')
    .optional(),
  text: z
    .string()
    .min(1, 'Paste the code or log.')
    .max(EXHIBIT_CODE_MAX, `Keep the block under ${EXHIBIT_CODE_MAX.toLocaleString('en')} characters.`)
    .refine((s) => s.trim() !== '', 'Paste the code or log.'),
});

export const exhibitSchema = z.discriminatedUnion('kind', [
  imageExhibitSchema,
  tableExhibitSchema,
  codeExhibitSchema,
]);

export const exhibitListSchema = z
  .array(exhibitSchema)
  .max(MAX_EXHIBITS, `At most ${MAX_EXHIBITS} exhibits.`)
  .default([]);

export type ImageExhibit = z.infer<typeof imageExhibitSchema>;
export type TableExhibit = z.infer<typeof tableExhibitSchema>;
export type CodeExhibit = z.infer<typeof codeExhibitSchema>;
export type Exhibit = z.infer<typeof exhibitSchema>;
export type ExhibitKind = Exhibit['kind'];

export const EXHIBIT_KIND_LABELS: Record<ExhibitKind, string> = {
  image: 'Image',
  table: 'Table',
  code: 'Code or log',
};

/**
 * The stored column as read back: a list that fails the schema (written by hand, or by a newer
 * release) shows no exhibits rather than breaking the page.
 */
export function exhibitsOf(value: unknown): Exhibit[] {
  let parsed: unknown = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      return [];
    }
  }
  const result = exhibitListSchema.safeParse(parsed ?? []);
  return result.success ? result.data : [];
}

/** The media hashes a list refers to, once each. */
export function exhibitImageHashes(exhibits: readonly Exhibit[]): string[] {
  return [...new Set(exhibits.flatMap((e) => (e.kind === 'image' ? [e.hash] : [])))];
}

const lines = (n: number) => `${n} line${n === 1 ? '' : 's'}`;

/** "Image “Network diagram”" — how diffs, audit details and export messages name an exhibit. */
export function describeExhibit(exhibit: Exhibit): string {
  const detail =
    exhibit.kind === 'image'
      ? `${exhibit.hash.slice(0, 8)}, alt “${exhibit.alt}”`
      : exhibit.kind === 'table'
        ? `${exhibit.header.length}×${exhibit.rows.length}`
        : `${exhibit.language || 'text'}, ${lines(exhibit.text.split('\n').length)}`;
  return `${EXHIBIT_KIND_LABELS[exhibit.kind]} “${exhibit.title}” (${detail})`;
}

/** The tab and heading label: "Exhibit 2: Firewall log". */
export function exhibitLabel(exhibit: Exhibit, index: number): string {
  return `Exhibit ${index + 1}: ${exhibit.title}`;
}
