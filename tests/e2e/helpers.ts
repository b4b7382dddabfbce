import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { createClient } from '@libsql/client';
import { expect, type Locator, type Page } from '@playwright/test';
import { hashPassword } from '../../lib/security/password';

// The database file the e2e server runs on (tests/e2e/start-server.sh).
export const E2E_DB = path.resolve(import.meta.dirname, `../.tmp/e2e-${process.env.E2E_PORT ?? 3100}.db`);

export const TEST_PASSWORD = 'correct-horse-test';

/**
 * A client of the e2e server's database file. The server writes to it at any moment (answer saves,
 * the jobs worker), so a test's own write waits up to 10 s for the lock instead of failing with
 * SQLITE_BUSY, as the app's own client does (database/client.ts).
 */
export function openE2eDatabase() {
  return createClient({ url: `file:${E2E_DB}`, timeout: 10_000 });
}

/** The first link in the newest email to `to`, read straight from the outbox table. */
export async function latestEmailLink(to: string, pathPrefix: string): Promise<string> {
  const client = openE2eDatabase();
  try {
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const result = await client.execute({
        sql: 'SELECT text_body FROM email_outbox WHERE to_address = ? ORDER BY id DESC LIMIT 1',
        args: [to],
      });
      const body = result.rows[0]?.text_body;
      const match = typeof body === 'string' ? body.match(/https?:\/\/\S+/) : null;
      if (match && new URL(match[0]).pathname.startsWith(pathPrefix)) {
        const url = new URL(match[0]);
        return `${url.pathname}${url.search}`;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`No email to ${to} with a ${pathPrefix} link`);
  } finally {
    client.close();
  }
}

/** Moves an attempt's deadline in the e2e database, so a test need not wait for the real one. */
export async function setAttemptDeadline(attemptId: string, deadlineAt: number): Promise<void> {
  const client = openE2eDatabase();
  try {
    const result = await client.execute({
      sql: "UPDATE study_sessions SET deadline_at = ? WHERE id = ? AND status = 'in_progress'",
      args: [deadlineAt, attemptId],
    });
    if (result.rowsAffected !== 1) throw new Error(`No open attempt ${attemptId} in ${E2E_DB}`);
  } finally {
    client.close();
  }
}

/**
 * A fresh, confirmed learner, signed in. The account is written straight into the database (as
 * the seeds write theirs): the sign-up form itself is tested in accounts.spec.ts, and going
 * through it here would spend the per-network sign-up limit (5 an hour) of the one e2e server.
 */
export async function signInNewLearner(page: Page, email: string, name: string, password: string) {
  const client = openE2eDatabase();
  try {
    const now = Date.now();
    await client.execute({
      sql: `INSERT INTO users (id, email, name, password_hash, role, email_verified_at, created_at, updated_at)
            VALUES (?, ?, ?, ?, 'learner', ?, ?, ?)`,
      args: [randomUUID(), email.toLowerCase(), name, await hashPassword(password), now, now, now],
    });
  } finally {
    client.close();
  }
  await signIn(page, email, password);
}

/** On a narrow screen the main navigation sits behind its "Menu" button: open it (no-op on wide screens). */
export async function openMainMenu(page: Page) {
  const menu = page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Menu' });
  if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) === 'false') await menu.click();
}

export async function signIn(page: Page, email: string, password = TEST_PASSWORD) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
  await openMainMenu(page);
  await expect(page.getByRole('button', { name: 'Sign out', exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
}

/**
 * Opens the exam's page and starts a mock exam. One mock per exam may be open: a mock an earlier
 * test left open is ended (and scored) first, as a learner would from the exam page.
 */
export async function startMockExam(page: Page, slug = 'test-exam') {
  await page.goto(`/exams/${slug}`);
  const endOpenMock = page.getByRole('button', { name: 'End it now and see the score' });
  if (await endOpenMock.isVisible()) {
    await endOpenMock.click();
    await page.getByRole('button', { name: 'End and score it' }).click();
    await expect(page).toHaveURL(/\/result$/);
    await page.goto(`/exams/${slug}`);
  }
  await page.getByRole('button', { name: 'Start mock exam' }).click();
}

export async function signOut(page: Page) {
  await openMainMenu(page);
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await openMainMenu(page);
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
}

// The test exams' options say what they are: "Right answer B to question 7", "Wrong answer A …".
export async function chooseAnswer(scope: Page | Locator, right: boolean) {
  await expect(
    scope
      .getByRole('radio')
      .or(scope.getByRole('checkbox', { name: /answer/ }))
      .first(),
  ).toBeVisible();
  const pattern = right ? /Right answer/ : /Wrong answer/;
  const matching = scope
    .getByRole('radio', { name: pattern })
    .or(scope.getByRole('checkbox', { name: pattern }));
  const count = right ? await matching.count() : 1;
  for (let i = 0; i < count; i += 1) await matching.nth(i).check();
}

/** Submits the open mock exam through its confirmation dialog and waits for the result page. */
export async function submitMock(page: Page) {
  await page.getByRole('button', { name: 'Submit exam' }).first().click();
  await page
    .getByRole('dialog', { name: 'Submit your exam?' })
    .getByRole('button', { name: 'Submit exam' })
    .click();
  await expect(page).toHaveURL(/\/attempts\/[0-9a-f-]{36}\/result$/);
}
