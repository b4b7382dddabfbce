import { readFileSync } from 'node:fs';
import path from 'node:path';
import { baseUrl } from './harness';
import type { ServerName } from './servers';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface ManifestEntry {
  filename: string;
  exportedName: string;
  workers: Record<string, unknown>;
}

/** Every server action of the build, as Next's manifest lists it (id, module, export, pages). */
export function serverActions(): { id: string; filename: string; exportedName: string; pages: string[] }[] {
  const manifest = JSON.parse(
    readFileSync(path.join(ROOT, '.next/server/server-reference-manifest.json'), 'utf8'),
  ) as { node: Record<string, ManifestEntry> };
  return Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    filename: entry.filename,
    exportedName: entry.exportedName,
    pages: Object.keys(entry.workers).map(
      (worker) => worker.replace(/^app/, '').replace(/\/page$/, '') || '/',
    ),
  }));
}

function actionId(exportedName: string): { id: string; page: string } {
  const action = serverActions().find((entry) => entry.exportedName === exportedName);
  if (!action) throw new Error(`no server action ${exportedName} in the build`);
  // An action of the root layout is on every page: post to a plain one (a dynamic page answers
  // 404 for the made-up id, and /_not-found always answers 404), else to the first.
  const plain = action.pages.find((page) => !page.includes('[') && !page.startsWith('/_'));
  return { id: action.id, page: plain ?? action.pages[0]! };
}

/**
 * Calls a useActionState server action the way React's client does: a POST to a page that uses
 * it, with the Next-Action header and the arguments (previous state, form data) encoded as a
 * React reply. Returns the response text (an RSC payload that holds the action's result).
 */
export async function callAction(
  exportedName: string,
  fields: Record<string, string>,
  options: { cookie?: string; name?: ServerName; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: string }> {
  const { id, page } = actionId(exportedName);
  // React's reply encoding: a FormData argument is "$K<id>" with its fields under "_<id>_<name>",
  // written BEFORE the arguments at "0" (the server reads the fields in order).
  const body = new FormData();
  for (const [key, value] of Object.entries(fields)) body.append(`_1_${key}`, value);
  body.append('0', JSON.stringify([null, '$K1']));
  const base = baseUrl(options.name);
  const response = await fetch(`${base}${page.replace(/\[[^\]]+\]/g, '1')}`, {
    method: 'POST',
    headers: {
      'Next-Action': id,
      Accept: 'text/x-component',
      Origin: new URL(base).origin,
      ...(options.cookie ? { cookie: options.cookie } : {}),
      ...options.headers,
    },
    body,
  });
  return { status: response.status, body: await response.text() };
}
