import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { guardOf } from '@/server/entry/guard';

/**
 * Every entry point of the app is declared through a guard (server/entry): each export of a
 * 'use server' module, and each method of each route handler. A new unguarded one fails here,
 * before it can ship. tests/production/entry-point-registry.test.ts then calls every one of them
 * over HTTP, anonymously and as a learner, and checks the answer against its guard.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

const relative = (file: string) => path.relative(ROOT, file);
const serverActionModules = ['app', 'components', 'server', 'lib']
  .flatMap((dir) => sourceFiles(path.join(ROOT, dir)))
  .filter((file) => /^\s*['"]use server['"]/.test(readFileSync(file, 'utf8')));
const routeModules = sourceFiles(path.join(ROOT, 'app')).filter((file) => /\/route\.tsx?$/.test(file));

describe('every entry point declares who may call it', () => {
  it('finds the entry points (the scan itself works)', () => {
    expect(serverActionModules.map(relative)).toContain('server/accounts/actions.ts');
    expect(routeModules.map(relative)).toContain('app/api/health/route.ts');
  });

  it.each(serverActionModules.map(relative))('server actions of %s', async (file) => {
    const exports = (await import(path.join(ROOT, file))) as Record<string, unknown>;
    const actions = Object.entries(exports).filter(([, value]) => typeof value === 'function');
    expect(actions.length).toBeGreaterThan(0);
    for (const [name, action] of actions) {
      const guard = guardOf(action);
      expect(guard, `${file} exports ${name} without authedAction/publicAction`).toBeDefined();
      expect(['public', 'learner', 'moderator', 'admin']).toContain(guard!.access);
    }
  });

  it.each(routeModules.map(relative))('route handlers of %s', async (file) => {
    const exports = (await import(path.join(ROOT, file))) as Record<string, unknown>;
    const methods = HTTP_METHODS.filter((method) => typeof exports[method] === 'function');
    expect(methods.length).toBeGreaterThan(0);
    for (const method of methods) {
      expect(
        guardOf(exports[method]),
        `${file} ${method} is not declared with jsonRoute/publicRoute`,
      ).toBeDefined();
    }
  });
});

describe('guard names', () => {
  it('are unique, so a log line or a registry row names one entry point', async () => {
    const names: string[] = [];
    for (const file of [...serverActionModules, ...routeModules]) {
      const exports = (await import(file)) as Record<string, unknown>;
      // One handler may be exported under two methods (next-auth's GET and POST): count it once.
      for (const value of new Set(Object.values(exports))) {
        const guard = guardOf(value);
        if (guard) names.push(guard.name);
      }
    }
    expect(names.length).toBeGreaterThan(30);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });
});
