import { createHash } from 'node:crypto';
import type { InStatement } from '@libsql/client';
import type { DatabaseEnv, EnvSource } from '../config';

export interface SeedContext {
  env: DatabaseEnv;
  now: Date;
  source: EnvSource;
}

/** One named data set. Applied atomically together with its seed_history row. */
export interface SeedSet {
  name: string;
  /** What the set holds, for the summary printed after seeding. */
  describe(): string;
  /** Changes when the data changes; never derived from a secret. */
  checksum(ctx: SeedContext): string;
  build(ctx: SeedContext): Promise<InStatement[]>;
  /** Deletes what build() creates (used by --force). */
  wipe(ctx: SeedContext): InStatement[];
  /** Lines to print after applying (e.g. the demo accounts' dev passwords). */
  notes?(ctx: SeedContext): string[];
}

export function sha256Json(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}
