import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './paths';

/** Question files in every import format, valid and broken. */
export const STUDIO_FIXTURES = path.join(REPO_ROOT, 'tests/fixtures/studio');

export function studioFixture(name: string): string {
  return readFileSync(path.join(STUDIO_FIXTURES, name), 'utf8');
}
