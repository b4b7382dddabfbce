import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { guardOf, type RouteAccess } from '@/server/entry/guard';
import { callAction, serverActions } from './actions';
import { baseUrl, createAccount, signIn } from './harness';

/**
 * Every entry point the BUILD contains (Next's manifests, not a list of ours), called over HTTP
 * anonymously and as a learner (the lowest role). What each must answer follows from the guard
 * it was declared with: 401/"Sign in" for anonymous callers, 403/"no access" for a learner at a
 * moderator's or admin's entry point. A public one must not ask for a session.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const SIGN_IN = 'Sign in to continue.';
const NO_ACCESS = 'You do not have access to this.';
// 'cron' is for a scheduler holding CRON_SECRET: no session of any role is enough (401).
const RANK: Record<RouteAccess, number> = { public: 0, learner: 1, moderator: 2, admin: 3, cron: 4 };

// A fresh learner session for each entry point: some end the caller's sessions (sign out everywhere).
let learnerCookie = '';
beforeEach(async () => {
  const learner = await createAccount('learner');
  learnerCookie = await signIn(learner.email, learner.password);
});

async function guardOfExport(file: string, exportName: string) {
  const exported = (await import(path.join(ROOT, file))) as Record<string, unknown>;
  const guard = guardOf(exported[exportName]);
  if (!guard) throw new Error(`${file} ${exportName} has no guard`);
  return guard;
}

const actions = serverActions();

describe('every server action in the build', () => {
  it('the build has the actions we expect to find', () => {
    expect(actions.map((a) => a.exportedName)).toEqual(
      expect.arrayContaining(['signUpAction', 'saveQuestionAction', 'changeRoleAction']),
    );
  });

  it.each(actions.map((a) => [`${a.filename} ${a.exportedName}`, a] as const))(
    '%s',
    async (_label, action) => {
      const guard = await guardOfExport(action.filename, action.exportedName);
      const anonymous = await callAction(action.exportedName, {});
      expect(anonymous.status).toBe(200);
      if (guard.access === 'public') expect(anonymous.body).not.toContain(SIGN_IN);
      else expect(anonymous.body).toContain(`"error":"${SIGN_IN}"`);

      const asLearner = await callAction(action.exportedName, {}, { cookie: learnerCookie });
      if (RANK[guard.access] > RANK.learner) expect(asLearner.body).toContain(`"error":"${NO_ACCESS}"`);
      else expect(asLearner.body).not.toContain(NO_ACCESS);
    },
  );
});

// Next's metadata files (favicon, icons, the web manifest) are listed as routes too; they are
// static, public answers with no handler of ours (tests/e2e/offline.spec.ts checks they answer).
const METADATA_ROUTE =
  /^\/(favicon\.ico|(apple-)?icon[^/]*|manifest\.webmanifest|robots\.txt|sitemap\.xml)\/route$/;

interface RouteEntry {
  file: string;
  url: string;
}

function routes(): RouteEntry[] {
  const manifest = JSON.parse(
    readFileSync(path.join(ROOT, '.next/server/app-paths-manifest.json'), 'utf8'),
  ) as Record<string, string>;
  return Object.keys(manifest)
    .filter((key) => key.endsWith('/route') && !METADATA_ROUTE.test(key))
    .map((key) => {
      const route = key.slice(0, -'/route'.length);
      return {
        file: `app${route}/route.ts`,
        // Any well-formed value for a [segment]: the guard answers before the resource is looked up.
        url: route
          .replace(/\[\.\.\.[^\]]+\]/g, 'session')
          .replace(/\[[^\]]+\]/g, '0b9e9f0c-6a53-4d8e-9a7e-3f1b2c4d5e6f'),
      };
    });
}

describe('every route handler in the build', () => {
  it.each(routes().map((r) => [r.url, r] as const))('%s', async (_label, route) => {
    const exported = (await import(path.join(ROOT, route.file))) as Record<string, unknown>;
    for (const method of ['GET', 'POST'].filter((m) => typeof exported[m] === 'function')) {
      const guard = guardOf(exported[method]);
      expect(guard, `${route.file} ${method}`).toBeDefined();
      const init = (cookie?: string): RequestInit => ({
        method,
        redirect: 'manual',
        headers: { origin: baseUrl(), 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        ...(method === 'POST' ? { body: '{}' } : {}),
      });
      const anonymous = await fetch(`${baseUrl()}${route.url}`, init());
      if (guard!.access === 'public') expect(anonymous.status, `${method} ${route.url}`).not.toBe(401);
      else expect(anonymous.status, `${method} ${route.url}`).toBe(401);

      const asLearner = await fetch(`${baseUrl()}${route.url}`, init(learnerCookie));
      if (guard!.access === 'cron') expect(asLearner.status, `${method} ${route.url} as a learner`).toBe(401);
      else if (RANK[guard!.access] > RANK.learner)
        expect(asLearner.status, `${method} ${route.url} as a learner`).toBe(403);
      else expect(asLearner.status, `${method} ${route.url} as a learner`).not.toBe(403);
    }
  });
});
