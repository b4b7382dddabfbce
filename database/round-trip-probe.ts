import { appendFileSync } from 'node:fs';
import type { Client, InStatement, Transaction } from '@libsql/client';
import type { EnvSource } from './config';

/**
 * A counting (and optionally delaying) wrapper around the libSQL client, for benchmarks and tests
 * only: production is Turso over a network, where what decides a request's latency is how many
 * round trips it makes one after the other, and a local file hides that (a round trip costs
 * microseconds). Off unless DB_ROUNDTRIP_LOG or DB_ROUNDTRIP_DELAY_MS is set; then
 * createDatabaseClient wraps the client once per process and the production path is untouched.
 *
 * - DB_ROUNDTRIP_LOG=<file>: every round trip, once done, appends one JSON line {start, end, write,
 *   kind, sql}. A request's SEQUENTIAL round trips are its longest chain of trips each started after
 *   the one before ended (sequentialDepth): reads started together, e.g. in Promise.all, overlap.
 * - DB_ROUNDTRIP_DELAY_MS=<ms>: each round trip waits that long first, like an app → primary hop.
 * - DB_ROUNDTRIP_MODE=replica: only writes wait (an embedded replica reads its local file and sends
 *   writes to the primary); `remote` (the default) delays every round trip.
 */
export interface ProbeOptions {
  logFile?: string;
  delayMs: number;
  delayReads: boolean;
}

export interface RoundTrip {
  /** performance.timeOrigin + performance.now(): comparable across processes of one machine. */
  start: number;
  end: number;
  write: boolean;
  kind: string;
  sql: string;
}

export function probeOptionsFrom(source: EnvSource): ProbeOptions | null {
  const logFile = source.DB_ROUNDTRIP_LOG || undefined;
  const delayMs = Number(source.DB_ROUNDTRIP_DELAY_MS || 0);
  if (!logFile && !(delayMs > 0)) return null;
  return { logFile, delayMs: delayMs > 0 ? delayMs : 0, delayReads: source.DB_ROUNDTRIP_MODE !== 'replica' };
}

const WRITE = /^\s*(insert|update|delete|replace|create|drop|alter|begin|commit|pragma\s+\w+\s*=)/i;

function sqlOf(stmt: InStatement | [string, unknown?] | string): string {
  if (typeof stmt === 'string') return stmt;
  if (Array.isArray(stmt)) return stmt[0];
  return stmt.sql;
}

/** The latest round trips of this process, for benchmarks that call the services directly. */
export const recentRoundTrips: RoundTrip[] = [];
const KEEP = 10_000;

/**
 * The longest chain of round trips in which each starts after the previous one ended: how many
 * round-trip times the trips add to a request's latency at the least, however they overlap.
 */
export function sequentialDepth(trips: readonly RoundTrip[]): number {
  const sorted = [...trips].sort((a, b) => a.start - b.start);
  const depth: number[] = [];
  sorted.forEach((trip, i) => {
    let before = 0;
    for (let j = 0; j < i; j += 1) if (sorted[j]!.end <= trip.start) before = Math.max(before, depth[j]!);
    depth.push(before + 1);
  });
  return Math.max(0, ...depth);
}

/** Wraps `client`; every method that talks to the database counts as one round trip. */
export function withRoundTripProbe(client: Client, options: ProbeOptions): Client {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  async function trip<T>(kind: string, statements: string[], work: () => Promise<T>): Promise<T> {
    const write = kind === 'transaction' || statements.some((s) => WRITE.test(s));
    const start = performance.timeOrigin + performance.now();
    try {
      if (options.delayMs > 0 && (write || options.delayReads)) await sleep(options.delayMs);
      return await work();
    } finally {
      const record: RoundTrip = {
        start,
        end: performance.timeOrigin + performance.now(),
        write,
        kind,
        sql: statements
          .map((s) => s.replace(/\s+/g, ' ').slice(0, 60))
          .join(' ; ')
          .slice(0, 200),
      };
      recentRoundTrips.push(record);
      if (recentRoundTrips.length > KEEP) recentRoundTrips.splice(0, recentRoundTrips.length - KEEP);
      if (options.logFile) appendFileSync(options.logFile, `${JSON.stringify(record)}\n`);
    }
  }

  function wrapTransaction(tx: Transaction): Transaction {
    return new Proxy(tx, {
      get(target, name, receiver) {
        const value = Reflect.get(target, name, receiver) as unknown;
        if (typeof value !== 'function') return value;
        if (name === 'execute')
          return (stmt: InStatement) => trip('tx.execute', [sqlOf(stmt)], () => target.execute(stmt));
        if (name === 'batch')
          return (stmts: InStatement[]) => trip('tx.batch', stmts.map(sqlOf), () => target.batch(stmts));
        if (name === 'commit' || name === 'rollback')
          return () => trip(`tx.${name}`, [name], () => target[name]());
        return (value as (...args: unknown[]) => unknown).bind(target);
      },
    });
  }

  return new Proxy(client, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver) as unknown;
      if (typeof value !== 'function') return value;
      switch (name) {
        case 'execute':
          return (stmt: InStatement | string, args?: never) =>
            trip('execute', [sqlOf(stmt)], () =>
              typeof stmt === 'string' ? target.execute(stmt, args) : target.execute(stmt),
            );
        case 'batch':
        case 'migrate':
          return (stmts: InStatement[], mode?: never) =>
            trip(name, stmts.map(sqlOf), () =>
              name === 'batch' ? target.batch(stmts, mode) : target.migrate(stmts),
            );
        case 'executeMultiple':
          return (sql: string) => trip(name, [sql], () => target.executeMultiple(sql));
        case 'transaction':
          return async (mode?: never) =>
            wrapTransaction(await trip('transaction', ['begin'], () => target.transaction(mode)));
        default:
          return (value as (...args: unknown[]) => unknown).bind(target);
      }
    },
  });
}
