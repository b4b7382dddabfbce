import 'server-only';

/**
 * An async generator as an NDJSON response body: each value one line, sent as soon as it is
 * produced. Cancelling the body (the client left) ends the generator, which runs its `finally`.
 */
export function ndjsonResponse<T>(events: AsyncGenerator<T>): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await events.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(`${JSON.stringify(next.value)}\n`));
    },
    async cancel() {
      await events.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      'Content-Type': 'application/x-ndjson; charset=utf-8',
      // no-transform: no compression layer may buffer the stream; X-Accel-Buffering for nginx.
      'Cache-Control': 'no-store, no-transform',
      'X-Accel-Buffering': 'no',
    },
  });
}
