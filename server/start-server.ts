/**
 * The production HTTP server (`npm start`): Next's request handler behind a plain node:http
 * server, for one reason — Next cannot tell which X-Forwarded-For entries a client wrote.
 * `next start` keeps a client's own X-Forwarded-For as it is, so anybody could pick the address
 * the per-IP limits and the audit log see. Here the socket's peer address is appended to the
 * header, as a proxy does, and lib/security/client-ip.ts counts back TRUST_PROXY entries.
 *
 *   tsx server/start-server.ts [-H host] [-p port]      (PORT / HOSTNAME work too)
 *
 * Not imported by the app: it runs before Next and refuses to start on a bad environment.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import next from 'next';
import { getBotType } from 'next/dist/shared/lib/router/utils/is-bot';
import { environmentRefusal, parseEnvironment } from '../lib/config/environment';
import { securityHeaders } from '../lib/security/headers';
import { earlyAnswerFor } from '../lib/security/early-answers';
import { createRequestGate, waitsForTurn } from './admission/request-gate';
import { createPublicPageCache } from './page-cache/public-page-cache';

/** Requests waiting for a turn at most; each is a socket and a few objects, the turn is what costs. */
const MAX_QUEUED_REQUESTS = 2_000;
/** A render that takes longer gives its turn back (it goes on); a page takes ~20–200 ms. */
const MAX_TURN_MS = 10_000;

function option(short: string, long: string): string | undefined {
  const args = process.argv.slice(2);
  const index = args.findIndex((arg) => arg === short || arg === long);
  return index >= 0 ? args[index + 1] : undefined;
}

async function main(): Promise<void> {
  (process.env as Record<string, string | undefined>).NODE_ENV ??= 'production';
  const refusal = environmentRefusal(process.env);
  if (refusal) {
    console.error(refusal);
    process.exit(1);
  }
  const hostname = option('-H', '--hostname') ?? process.env.HOSTNAME ?? '0.0.0.0';
  const port = Number(option('-p', '--port') ?? process.env.PORT ?? 3000);
  // HSTS on every response, the build's static files too (proxy.ts does not see those).
  const environment = parseEnvironment(process.env);
  const hsts = environment.secureCookies ? securityHeaders(true)['Strict-Transport-Security'] : undefined;
  const app = next({ dev: false, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  // The anonymous home, catalog and exam pages from memory (server/page-cache); PUBLIC_PAGE_CACHE=off
  // renders every one, as the load test's baseline does.
  const pages =
    process.env.PUBLIC_PAGE_CACHE === 'off' ? null : createPublicPageCache({ botTypeOf: getBotType });
  const gate = createRequestGate({
    concurrency: environment.REQUEST_CONCURRENCY,
    maxQueued: MAX_QUEUED_REQUESTS,
    maxWaitMs: environment.REQUEST_QUEUE_SECONDS * 1000,
    maxTurnMs: MAX_TURN_MS,
  });
  /** Our own plain-text answer, with the headers proxy.ts would have given it. */
  const answer = (response: ServerResponse, status: number, message: string, headers = {}) => {
    for (const [name, value] of Object.entries(securityHeaders(Boolean(hsts))))
      response.setHeader(name, value);
    response.writeHead(status, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
      ...headers,
    });
    response.end(message);
  };
  /** Next's handler; a rejection it did not answer itself gets a 500 instead of a hanging request. */
  const toNext = (request: IncomingMessage, response: ServerResponse) =>
    handle(request, response).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) answer(response, 500, 'Something went wrong on our side.');
      else response.destroy();
    });
  const render = (request: IncomingMessage, response: ServerResponse) => {
    if (!waitsForTurn(request.method, request.url)) return void toNext(request, response);
    gate.admit(
      request,
      response,
      () => void toNext(request, response),
      (refusal) =>
        answer(response, refusal.status, refusal.message, {
          'Retry-After': String(refusal.retryAfterSeconds),
        }),
    );
  };

  const server = createServer((request, response) => {
    const peer = request.socket.remoteAddress ?? '';
    const forwarded = request.headers['x-forwarded-for'];
    const earlier = Array.isArray(forwarded) ? forwarded.join(', ') : forwarded;
    request.headers['x-forwarded-for'] = earlier ? `${earlier}, ${peer}` : peer;
    if (hsts) response.setHeader('Strict-Transport-Security', hsts);
    const early = earlyAnswerFor(request.method, request.url, request.headers);
    if (early) {
      answer(response, early.status, early.message);
      // Discard whatever body is still arriving (never buffered), so the client can read the answer.
      request.resume();
      return;
    }
    // A cached public page costs microseconds and never waits; everything else takes its turn.
    if (pages) pages.handle(request, response, () => render(request, response));
    else render(request, response);
  });
  server.listen(port, hostname, () => console.log(`PingToPass listening on http://${hostname}:${port}`));

  const stop = () => server.close(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
