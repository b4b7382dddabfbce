/**
 * Next calls register() once when a server process starts (not during `next build`). The Node
 * server starts its background job worker here (server/jobs/in-process.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startInProcessWorker } = await import('./server/jobs/in-process');
  startInProcessWorker();
}
