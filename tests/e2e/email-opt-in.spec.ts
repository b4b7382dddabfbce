import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, expectNoSidewaysScroll } from './a11y';
import { openE2eDatabase, signIn, signInNewLearner } from './helpers';

// The browser's zone is what the account page proposes.
test.use({ timezoneId: 'Europe/Berlin' });

async function sql(statement: string, args: (string | number)[] = []) {
  const client = openE2eDatabase();
  try {
    return (await client.execute({ sql: statement, args })).rows;
  } finally {
    client.close();
  }
}

/** A fresh learner (nothing studied today) with one review due an hour ago. */
async function learnerWithDueReview(page: Page): Promise<string> {
  const email = `opt-in-${Date.now()}@example.test`;
  await signInNewLearner(page, email, 'Otto Optin', 'a sturdy passphrase');
  const now = Date.now();
  await sql(
    `INSERT INTO review_cards (user_id, question_id, state, due, stability, difficulty, reps, created_at, updated_at)
     SELECT u.id, q.id, 'review', ?, 3, 5, 1, ?, ? FROM users u, questions q
     WHERE u.email = ? AND q.is_active = 1 ORDER BY q.id LIMIT 1`,
    [now - 3_600_000, now, now, email],
  );
  return email;
}

/**
 * The digest job runs every 15 minutes: the test moves its next run to now, and waits until the
 * app's own worker has run it (the next run is then queued for the next quarter hour).
 */
async function runDigestJob() {
  const at = Date.now();
  await sql("UPDATE jobs SET run_at = ? WHERE kind = 'email.digests' AND status = 'queued'", [at]);
  await expect
    .poll(
      async () => {
        const [next] = await sql(
          "SELECT run_at FROM jobs WHERE kind = 'email.digests' AND status = 'queued'",
        );
        return Number(next?.run_at ?? 0) > at;
      },
      { timeout: 30_000 },
    )
    .toBe(true);
}

/** The emails to `email` with an unsubscribe header (not the sign-up's confirmation). */
async function remindersTo(email: string) {
  const found = await sql(
    "SELECT subject, text_body, headers FROM email_outbox WHERE to_address = ? AND headers <> '{}' ORDER BY id",
    [email],
  );
  return found.map((row) => ({
    subject: String(row.subject),
    text: String(row.text_body),
    headers: JSON.parse(String(row.headers)) as Record<string, string>,
  }));
}

test('a learner opts in, gets one reminder, and unsubscribes from its link without signing in', async ({
  page,
  browser,
  request,
}) => {
  const email = await learnerWithDueReview(page);
  await page.goto('/account');
  const form = page.getByRole('form', { name: 'Email preferences' });
  const daily = form.getByRole('checkbox', { name: 'Daily reminder' });
  // Off by default; the zone comes from the browser.
  await expect(daily).not.toBeChecked();
  await expect(form.getByRole('checkbox', { name: 'Weekly summary' })).not.toBeChecked();
  await expect(form.getByLabel('Time zone')).toHaveValue('Europe/Berlin');
  await expectNoSeriousA11yViolations(page);

  // A send hour inside the quiet hours is refused with its reason.
  await daily.check();
  await form.getByLabel('Send at').selectOption('07:00');
  await form.getByRole('button', { name: 'Save email preferences' }).click();
  await expect(form.getByText('Your send time falls inside your quiet hours')).toBeVisible();

  // From midnight, no quiet hours: due whenever the test runs.
  await form.getByLabel('Send at').selectOption('00:00');
  await form.getByLabel('Quiet from').selectOption('00:00');
  await form.getByLabel('Quiet until').selectOption('00:00');
  await form.getByRole('button', { name: 'Save email preferences' }).click();
  await expect(form.getByRole('status')).toContainText('Saved. We will email you as chosen.');
  await page.reload();
  await expect(daily).toBeChecked();

  await runDigestJob();
  expect(await remindersTo(email)).toHaveLength(1);
  // A second run the same day sends nothing more.
  await runDigestJob();
  const emails = await remindersTo(email);
  expect(emails).toHaveLength(1);
  const [reminder] = emails;
  expect(reminder!.subject).toBe('1 review is due today');
  expect(reminder!.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
  const oneClick = /^<https?:\/\/[^/]+(\/api\/unsubscribe\?token=[\w.-]+)>$/.exec(
    reminder!.headers['List-Unsubscribe']!,
  )![1]!;
  const pageLink = /https?:\/\/\S+?(\/unsubscribe\?token=[\w.-]+)/.exec(reminder!.text)![1]!;

  // The link in the email, opened by someone who is not signed in: a confirm page, then done.
  const stranger = await browser.newContext({ timezoneId: 'Europe/Berlin' });
  const outside = await stranger.newPage();
  await outside.goto(pageLink);
  await expect(outside.getByText('Stop daily study reminders?')).toBeVisible();
  await expectNoSeriousA11yViolations(outside);
  await outside.getByRole('button', { name: 'Unsubscribe' }).click();
  await expect(outside.getByRole('status')).toContainText('You are unsubscribed from daily study reminders.');

  // A changed token is refused with a clear message.
  await outside.goto(pageLink.replace(/.{4}$/, 'AAAA'));
  await expect(
    outside.getByRole('alert').filter({ hasText: 'This unsubscribe link is not valid.' }),
  ).toBeVisible();
  await stranger.close();

  await page.reload();
  await expect(daily).not.toBeChecked();

  // Opted in again, then the mail client's one-click POST (RFC 8058): no cookie, no sign-in.
  await daily.check();
  await form.getByRole('button', { name: 'Save email preferences' }).click();
  await expect(form.getByRole('status')).toContainText('Saved.');
  const refused = await request.post(oneClick.replace(/.{4}$/, 'AAAA'), {
    form: { 'List-Unsubscribe': 'One-Click' },
  });
  expect(refused.status()).toBe(400);
  const clicked = await request.post(oneClick, { form: { 'List-Unsubscribe': 'One-Click' } });
  expect(clicked.status()).toBe(200);
  expect(await clicked.json()).toMatchObject({ ok: true, data: { changed: true } });
  await page.reload();
  await expect(daily).not.toBeChecked();
  const consents = await sql(
    `SELECT c.action, c.source FROM email_consents c JOIN users u ON u.id = c.user_id WHERE u.email = ? ORDER BY c.id`,
    [email],
  );
  expect(consents.map((row) => `${String(row.action)}:${String(row.source)}`)).toEqual([
    'granted:account',
    'withdrawn:unsubscribe_page',
    'granted:account',
    'withdrawn:one_click',
  ]);
});

test('the email preferences fit a phone screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'other@test.local');
  await page.goto('/account#email-preferences');
  await expect(page.getByRole('form', { name: 'Email preferences' })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectNoSeriousA11yViolations(page);
});
