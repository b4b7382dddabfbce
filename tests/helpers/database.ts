import { getDatabase, type DatabaseHandle } from '../../database/client';

/** The worker's own test database (set up by worker-setup.ts). */
export function testDatabase(): DatabaseHandle {
  return getDatabase('test');
}
