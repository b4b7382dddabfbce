import { startServer } from './bench/load/server';
import { LearnerClient } from './bench/load/http-client';
import { measureThroughput } from './bench/load/throughput';
const server = await startServer('data/load.db', 3401);
const c = new LearnerClient(server.base);
await c.signIn('learner9998@bench.local', process.env.PW ?? 'bench-password');
const r = await c.request('/api/attempts', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ examSlug: 'bench-exam-19', mode: 'mock' }) });
const id = ((await r.json()) as any).data.id;
const headers = { cookie: c.cookieHeader(), origin: server.base };
for (const url of (process.env.URLS ?? `/attempts/${id},/bench/bare-exam/${id}`).split(',')) {
  const u = url.replace('ID', id);
  await c.request(u);
  const res = await measureThroughput({ url: server.base + u, headers, seconds: 8, connections: 20 });
  console.log(u, res.requestsPerSecond, 'req/s p50', res.p50, 'non2xx', res.non2xx);
}
await server.stop();
