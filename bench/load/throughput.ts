import autocannon from 'autocannon';

export interface ThroughputResult {
  url: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/** Requests/s of one endpoint under `connections` keep-alive connections for `seconds`. */
export async function measureThroughput(options: {
  url: string;
  connections?: number;
  seconds?: number;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: () => string;
}): Promise<ThroughputResult> {
  const result = await autocannon({
    url: options.url,
    connections: options.connections ?? 50,
    duration: options.seconds ?? 10,
    method: options.method ?? 'GET',
    headers: options.headers,
    requests: options.body ? [{ setupRequest: (req) => ({ ...req, body: options.body!() }) }] : undefined,
  });
  return {
    url: options.url,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
