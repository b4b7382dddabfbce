import type { Client, Row } from '@libsql/client';
import { exhibitImageHashes, exhibitsOf, type Exhibit } from '../../lib/exam/exhibits';
import { dataUrlOf, type FileExhibit } from '../../lib/studio/formats/json-exhibits';
import {
  kindFieldsOf,
  type ExportQuestion,
  type FileCaseStudy,
  type KindFields,
} from '../../lib/studio/question-model';

/**
 * The current version of every question of an exam, in the exporters' shape. Retired questions
 * are left out unless asked for; drafts are exported (they are part of the bank being written).
 * Image exhibits travel as data URLs of the stored bytes.
 */
export async function loadExportQuestions(
  client: Client,
  examId: number,
  options: { includeRetired?: boolean } = {},
): Promise<ExportQuestion[]> {
  const { rows } = await client.execute({
    sql: `SELECT q.id, q.title, q.type, q.difficulty, o.code AS objective_code, v.stem, v.options, v.settings, v.exhibits, v.explanation, v.refs,
            cs.title AS case_title
          FROM questions q
          JOIN objectives o ON o.id = q.objective_id
          LEFT JOIN case_studies cs ON cs.id = q.case_study_id
          JOIN question_versions v ON v.question_id = q.id AND v.version = q.current_version
          WHERE q.exam_id = ? ${options.includeRetired ? '' : 'AND (q.is_active = 1 OR EXISTS (SELECT 1 FROM question_drafts d WHERE d.question_id = q.id))'}
          ORDER BY q.id`,
    args: [examId],
  });
  const exhibitsByRow = await fileExhibitsByRow(client, rows);
  return rows.map((row, index) => {
    const exhibits = exhibitsByRow[index]!;
    return {
      id: Number(row.id),
      ...(row.title ? { name: String(row.title) } : {}),
      type: row.type === 'multiple' ? 'multiple' : 'single',
      stem: String(row.stem),
      options: (
        JSON.parse(String(row.options)) as { id: string; text: string; correct: boolean; match?: unknown }[]
      ).map((o) => ({
        id: o.id,
        text: o.text,
        correct: o.correct === true,
        ...(typeof o.match === 'string' ? { match: o.match } : {}),
      })),
      ...kindFieldsOf(JSON.parse(String(row.settings ?? '{}')) as KindFields),
      explanation: String(row.explanation ?? ''),
      references: JSON.parse(String(row.refs ?? '[]')) as { title: string; url: string }[],
      objectiveCode: String(row.objective_code),
      difficulty: Number(row.difficulty) as 1 | 2 | 3,
      ...(exhibits.length > 0 ? { exhibits } : {}),
      ...(row.case_title ? { caseStudy: String(row.case_title) } : {}),
    };
  });
}

/** Each row's stored `exhibits` column as a file holds it, the images of all rows read together. */
async function fileExhibitsByRow(client: Client, rows: readonly Row[]): Promise<FileExhibit[][]> {
  const exhibitsByRow = rows.map((row) => exhibitsOf(row.exhibits));
  const images = await loadImages(client, exhibitImageHashes(exhibitsByRow.flat()));
  return exhibitsByRow.map((exhibits) => fileExhibitsOf(exhibits, images));
}

/** hash → data URL of the stored image. */
async function loadImages(client: Client, hashes: string[]): Promise<Map<string, string>> {
  const images = new Map<string, string>();
  // One query per 100 hashes keeps the statement's variables well under SQLite's limit.
  for (let at = 0; at < hashes.length; at += 100) {
    const slice = hashes.slice(at, at + 100);
    const { rows } = await client.execute({
      sql: `SELECT hash, mime, bytes FROM media WHERE hash IN (${slice.map(() => '?').join(', ')})`,
      args: slice,
    });
    for (const row of rows) {
      const bytes = row.bytes as ArrayBuffer | Uint8Array;
      images.set(String(row.hash), dataUrlOf(String(row.mime), new Uint8Array(bytes)));
    }
  }
  return images;
}

function fileExhibitsOf(exhibits: readonly Exhibit[], images: Map<string, string>): FileExhibit[] {
  return exhibits.flatMap((exhibit): FileExhibit[] => {
    if (exhibit.kind !== 'image') return [exhibit];
    const data = images.get(exhibit.hash);
    // Media rows are never deleted (and a question's uses hold a foreign key): a missing one cannot be written.
    return data ? [{ kind: 'image', title: exhibit.title, alt: exhibit.alt, data }] : [];
  });
}

/** The exam's case studies that have questions, by title (what the exported questions refer to). */
export async function loadExportCaseStudies(client: Client, examId: number): Promise<FileCaseStudy[]> {
  const { rows } = await client.execute({
    sql: `SELECT cs.title, cs.scenario, cs.exhibits FROM case_studies cs
          WHERE cs.exam_id = ? AND EXISTS (SELECT 1 FROM questions q WHERE q.case_study_id = cs.id)
          ORDER BY cs.title, cs.id`,
    args: [examId],
  });
  const exhibitsByRow = await fileExhibitsByRow(client, rows);
  return rows.map((r, index) => ({
    title: String(r.title),
    scenario: String(r.scenario),
    ...(exhibitsByRow[index]!.length > 0 ? { exhibits: exhibitsByRow[index]! } : {}),
  }));
}
