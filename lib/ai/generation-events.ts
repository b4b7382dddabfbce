/**
 * What POST /api/studio/generate streams, one JSON object per line (NDJSON), in order:
 * `started`, then per item a `draft` (stored) or `dropped` (not stored, with reasons), then one
 * `finished` or `failed`. Shared by the route and the studio page that reads it.
 */

export interface DuplicateHint {
  questionId: number;
  excerpt: string;
  similarity: number;
}

export type GenerationEvent =
  | { type: 'started'; generationId: number; model: string; requested: number }
  | { type: 'draft'; position: number; questionId: number; excerpt: string; duplicate: DuplicateHint | null }
  | { type: 'dropped'; position: number; excerpt: string; reasons: string[] }
  | {
      type: 'finished';
      created: number;
      dropped: number;
      /** Items past the requested count, ignored. */
      ignored: number;
      tokens: number;
    }
  | { type: 'failed'; message: string; created: number; dropped: number };

/** Reads an NDJSON chunk stream into events; a partial last line waits for the next chunk. */
export function createNdjsonParser(onEvent: (event: GenerationEvent) => void) {
  let buffer = '';
  return {
    push(text: string) {
      buffer += text;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) onEvent(JSON.parse(line) as GenerationEvent);
    },
    end() {
      if (buffer.trim()) onEvent(JSON.parse(buffer) as GenerationEvent);
      buffer = '';
    },
  };
}
