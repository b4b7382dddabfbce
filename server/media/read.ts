import 'server-only';
import { appDatabase } from '../db';
import { num, str } from '../row-values';

export interface MediaFile {
  mime: string;
  bytes: Uint8Array;
}

// A published image: used by a version of a question that is not a draft (active or retired —
// old attempts and their result pages still show retired questions). media_uses is indexed by
// hash, so this is two index lookups, not a scan of every version's exhibits.
const IN_QUESTION = `EXISTS (SELECT 1 FROM media_uses u JOIN question_versions v ON v.id = u.question_version_id
  WHERE u.hash = m.hash AND NOT EXISTS (SELECT 1 FROM question_drafts d WHERE d.question_id = v.question_id))`;

// ...or by the exhibits of a case study that is not a draft (retired too, for the same reason: an
// old attempt still opens its scenario). Read from case_studies.exhibits itself rather than from a
// second uses table: case studies are a few per exam and unversioned, so there is no history to keep
// in step, and the status decides in the same row. instr() skips every case whose JSON does not
// hold the hash before json_each parses the few that do.
const IN_CASE = `EXISTS (SELECT 1 FROM case_studies c, json_each(c.exhibits) e
  WHERE c.status <> 'draft' AND instr(c.exhibits, m.hash) > 0
    AND json_extract(e.value, '$.kind') = 'image' AND json_extract(e.value, '$.hash') = m.hash)`;

const PUBLISHED = `(${IN_QUESTION} OR ${IN_CASE})`;

/**
 * An image's bytes: `published` ones only for anyone (the learner route), any for moderators
 * (the studio route, which shows uploads before they are saved into a version). null = not found.
 */
export async function readMedia(hash: string, scope: 'published' | 'any'): Promise<MediaFile | null> {
  const { rows } = await appDatabase().client.execute({
    sql: `SELECT m.mime, m.byte_size, m.bytes FROM media m WHERE m.hash = ?${scope === 'published' ? ` AND ${PUBLISHED}` : ''}`,
    args: [hash],
  });
  const row = rows[0];
  if (!row) return null;
  const bytes = row.bytes as ArrayBuffer | Uint8Array;
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (view.length !== num(row.byte_size)) return null;
  return { mime: str(row.mime), bytes: view };
}
