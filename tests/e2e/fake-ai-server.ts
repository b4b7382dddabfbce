import { createServer, type Server } from 'node:http';

/**
 * A tiny OpenAI-compatible endpoint for the e2e run: POST /v1/chat/completions answers with the
 * given JSON text as a server-sent-event stream of `chat.completion.chunk`s, a piece at a time,
 * as a hosted model would. tests/e2e/start-server.sh points AI_BASE_URL at it (E2E_AI_PORT);
 * the app under test runs its ordinary provider code against it. Nothing of this is in the app.
 */

export const E2E_AI_PORT = Number(process.env.E2E_PORT ?? 3100) + 1000;

export interface FakeAiServer {
  /** The request bodies received, parsed. */
  requests: Record<string, unknown>[];
  close(): Promise<void>;
}

function chunk(model: string, delta: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const body = {
    id: 'chatcmpl-e2e',
    object: 'chat.completion.chunk',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, delta, finish_reason: null }],
    ...extra,
  };
  return `data: ${JSON.stringify(body)}\n\n`;
}

export async function startFakeAiServer(answer: () => string): Promise<FakeAiServer> {
  const requests: Record<string, unknown>[] = [];
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (part: Buffer) => (raw += part.toString('utf8')));
    req.on('end', () => {
      if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
        res.writeHead(404, { 'Content-Type': 'application/json' }).end('{"error":{"message":"not found"}}');
        return;
      }
      const body = JSON.parse(raw) as Record<string, unknown>;
      requests.push(body);
      const model = String(body.model);
      const text = answer();
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
      res.write(chunk(model, { role: 'assistant', content: '' }));
      const pieces = text.match(/[\s\S]{1,60}/g) ?? [];
      let index = 0;
      const next = () => {
        if (index < pieces.length) {
          res.write(chunk(model, { content: pieces[index] }));
          index += 1;
          setTimeout(next, 15);
          return;
        }
        const end = {
          id: 'chatcmpl-e2e',
          object: 'chat.completion.chunk',
          created: Math.floor(Date.now() / 1000),
          model,
          choices: [{ index: 0, delta: {}, finish_reason: 'stop' }],
          usage: { prompt_tokens: 700, completion_tokens: 900, total_tokens: 1600 },
        };
        res.write(`data: ${JSON.stringify(end)}\n\n`);
        res.end('data: [DONE]\n\n');
      };
      next();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(E2E_AI_PORT, '127.0.0.1', resolve);
  });
  return {
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
