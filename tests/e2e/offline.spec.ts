import { expect, test, type Page } from '@playwright/test';
import { openE2eDatabase, signIn, signOut, startMockExam } from './helpers';

// The test exams' options say what they are: "Right answer B to question 7", "Wrong answer A …".
async function answerRight(page: Page) {
  await expect(page.getByRole('radio').or(page.getByRole('checkbox')).first()).toBeVisible();
  const right = page
    .getByRole('radio', { name: /Right answer/ })
    .or(page.getByRole('checkbox', { name: /Right answer/ }));
  const count = await right.count();
  for (let i = 0; i < count; i += 1) await right.nth(i).check();
}

async function savedAnswerCount(attemptId: string): Promise<number> {
  const client = openE2eDatabase();
  try {
    const result = await client.execute({
      sql: 'SELECT count(*) AS n FROM user_answers WHERE session_id = ?',
      args: [attemptId],
    });
    return Number(result.rows[0]?.n);
  } finally {
    client.close();
  }
}

/** Every URL path held by any cache of this origin, with the cache's name. */
function cachedPaths(page: Page) {
  return page.evaluate(async () => {
    const held: { cache: string; path: string }[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys())
        held.push({ cache: name, path: new URL(request.url).pathname });
    }
    return held;
  });
}

test('an open exam reloads offline, takes answers, and saves them when back online; sign-out empties the kept pages', async ({
  page,
  context,
}) => {
  // The worker installs (precaching the build's files) in each new browser context: slow on a busy machine.
  test.setTimeout(120_000);
  await signIn(page, 'learner@test.local');
  await startMockExam(page);
  await expect(page).toHaveURL(/\/attempts\/[0-9a-f-]{36}/);
  const attemptId = new URL(page.url()).pathname.split('/')[2]!;
  await expect(page.getByRole('heading', { name: 'Question 1 of 10' })).toBeVisible();

  // The worker takes control of the page and keeps a copy of the exam (and of nothing else signed-in).
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await expect
    .poll(async () => (await cachedPaths(page)).filter((entry) => !entry.cache.includes('precache')))
    .toEqual([{ cache: 'pingtopass-attempt-pages', path: `/attempts/${attemptId}` }]);

  await context.setOffline(true);
  // A page with no kept copy: the offline page (so the worker's requests really fail too).
  await page.goto('/dashboard');
  await expect(page.getByRole('heading', { name: 'You are offline' })).toBeVisible();
  await expect(page).toHaveTitle('You are offline · PingToPass');

  // The exam opens from the kept copy and takes two answers, kept on this device.
  await page.goto(`/attempts/${attemptId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Test Certification Exam' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Question 1 of 10' })).toBeVisible();
  await answerRight(page);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: 'Question 2 of 10' })).toBeVisible();
  await answerRight(page);
  await expect(page.getByText('Offline — answers kept on this device')).toBeVisible();
  expect(await savedAnswerCount(attemptId)).toBe(0);

  // Back online: both go to the server (one request at a time: give a busy server time).
  await context.setOffline(false);
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => savedAnswerCount(attemptId)).toBe(2);
  await page.reload();
  const grid = page.getByRole('navigation', { name: 'Questions' });
  await expect(grid.getByRole('button', { name: /^Question 1, answered/ })).toBeVisible();
  await expect(grid.getByRole('button', { name: /^Question 2, answered/ })).toBeVisible();

  // Signing out deletes the kept exam page: only the precache of static files remains.
  await signOut(page);
  const left = await cachedPaths(page);
  expect(left.filter((entry) => !entry.cache.includes('precache'))).toEqual([]);
  expect(left.filter((entry) => entry.path.startsWith('/attempts'))).toEqual([]);
});

test('favicon, icons, manifest, offline page and worker are served with the right types', async ({
  request,
}) => {
  const favicon = await request.get('/favicon.ico');
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()['content-type']).toBe('image/x-icon');

  const manifestResponse = await request.get('/manifest.webmanifest');
  expect(manifestResponse.status()).toBe(200);
  expect(manifestResponse.headers()['content-type']).toContain('application/manifest+json');
  const manifest = (await manifestResponse.json()) as {
    start_url: string;
    display: string;
    icons: { src: string; sizes: string; type: string; purpose?: string }[];
  };
  expect(manifest).toMatchObject({ start_url: '/dashboard', display: 'standalone' });
  expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual(
    expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
  );
  for (const icon of manifest.icons) {
    const response = await request.get(icon.src);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()['content-type']).toContain(icon.type);
  }

  const page = await request.get('/');
  const html = await page.text();
  expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest"');
  expect(html).toMatch(/<link rel="icon" href="\/favicon.ico/);
  expect(page.headers()['content-security-policy']).toContain("worker-src 'self'");

  const offline = await request.get('/offline.html');
  expect(offline.status()).toBe(200);
  expect(offline.headers()['content-type']).toContain('text/html');
  const worker = await request.get('/sw.js');
  expect(worker.status()).toBe(200);
  expect(worker.headers()['content-type']).toContain('javascript');
});
