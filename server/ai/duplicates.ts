import 'server-only';
import { excerpt } from '@/lib/studio/validate-question';
import {
  candidateQuery,
  NEAR_DUPLICATE_SIMILARITY,
  significantWords,
  wordSimilarity,
} from '@/lib/ai/similarity';
import { appDatabase } from '../db';
import { num, optionsOf, str } from '../row-values';

export interface NearDuplicate {
  questionId: number;
  excerpt: string;
  /** 0…1, shared words over all words of stem and options. */
  similarity: number;
}

const CANDIDATES = 10;

/**
 * The most similar question of the exam's bank (any status), if it is a near-duplicate. FTS5
 * (`question_search`, the studio's index of current versions) ranks the questions sharing words
 * of the stem and options by bm25; the best few are compared word by word. Runs before the new
 * draft is stored, so a draft never matches itself; a second near-copy in the same run matches
 * the first.
 */
export async function findNearDuplicate(
  examId: number,
  question: { stem: string; options: { text: string }[] },
): Promise<NearDuplicate | null> {
  const words = significantWords([question.stem, ...question.options.map((o) => o.text)].join(' '));
  const match = candidateQuery(words);
  if (!match) return null;
  const { client } = appDatabase();
  const { rows } = await client.execute({
    sql: `SELECT q.id, v.stem, v.options
          FROM (SELECT rowid AS id, rank AS score FROM question_search WHERE question_search MATCH ? ORDER BY rank LIMIT 200) hit
          JOIN questions q ON q.id = hit.id AND q.exam_id = ?
          JOIN question_versions v ON v.question_id = q.id AND v.version = q.current_version
          ORDER BY hit.score LIMIT ${CANDIDATES}`,
    args: [match, examId],
  });
  let best: NearDuplicate | null = null;
  for (const row of rows) {
    const stem = str(row.stem);
    const text = [stem, ...optionsOf(row.options).map((o) => o.text)].join(' ');
    const similarity = wordSimilarity(words, significantWords(text));
    if (similarity >= NEAR_DUPLICATE_SIMILARITY && (!best || similarity > best.similarity))
      best = {
        questionId: num(row.id),
        excerpt: excerpt(stem, 80),
        similarity: Math.round(similarity * 100) / 100,
      };
  }
  return best;
}
