import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, expectNoSidewaysScroll } from './a11y';
import { latestEmailLink, openMainMenu, signIn } from './helpers';

const PASSWORD = 'a sturdy passphrase';

/** A fresh learner of this test only: signed up through the form, email confirmed from the outbox. */
async function signUpLearner(page: Page): Promise<string> {
  const email = `leaving-${Date.now()}@example.test`;
  await page.goto('/sign-up');
  await page.getByLabel('Name').fill('Lee Leaving');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Check your inbox')).toBeVisible();
  await page.goto(await latestEmailLink(email, '/verify-email'));
  await page.getByRole('button', { name: 'Confirm my email' }).click();
  await expect(page.getByText('Your email is confirmed')).toBeVisible();
  return email;
}

test('deleting an account schedules it, signs out, shows on the admin page, and signing in cancels it', async ({
  page,
  browser,
}) => {
  const email = await signUpLearner(page);
  await signIn(page, email, PASSWORD);

  await page.goto('/account');
  const deletion = page.getByRole('form', { name: 'Delete account' });
  // The export is offered right where the learner deletes.
  await expect(page.getByRole('link', { name: 'Download my data first' })).toHaveAttribute(
    'href',
    '/api/account/export',
  );
  await expect(page.getByText('deleted 30 days from now')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await expectNoSidewaysScroll(page);

  await deletion.getByLabel('Your email').fill('someone-else@example.test');
  await deletion.getByRole('button', { name: 'Delete my account' }).click();
  await expect(deletion.getByRole('alert')).toContainText('Type your email address exactly to confirm.');

  await deletion.getByLabel('Your email').fill(email);
  await deletion.getByRole('button', { name: 'Delete my account' }).click();
  await expect(deletion.getByRole('status')).toContainText('Your account will be deleted on');
  // Signed out: the sign-in page says what happens now.
  await expect(page).toHaveURL(/\/sign-in\?deletion=scheduled$/);
  await expect(page.getByText('Your account is scheduled for deletion in 30 days')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.goto('/account');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount/);
  expect(await latestEmailLink(email, '/sign-in')).toBe('/sign-in');

  // An admin sees the pending deletion, in another browser.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, 'admin@test.local');
  await admin.goto('/admin/users');
  await admin.getByRole('link', { name: 'Pending deletions' }).click();
  await expect(admin.getByRole('heading', { name: 'Pending account deletions', level: 1 })).toBeVisible();
  const table = admin.getByRole('table', { name: 'Pending account deletions' });
  await expect(table.getByRole('rowheader', { name: email })).toBeVisible();
  await expectNoSeriousA11yViolations(admin);
  await expectNoSidewaysScroll(admin);

  // Signing in within the 30 days cancels the deletion and says so, once.
  const acknowledged = page.waitForResponse(
    (response) => response.request().method() === 'POST' && 'next-action' in response.request().headers(),
  );
  await signIn(page, email, PASSWORD);
  const banner = page.getByRole('status').filter({ hasText: 'Your account deletion was cancelled' });
  await expect(banner).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await acknowledged;
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await expect(banner).toHaveCount(0);
  await openMainMenu(page);
  await page.getByRole('link', { name: 'Account' }).click();
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();

  await admin.reload();
  await expect(admin.getByRole('heading', { name: 'Pending account deletions', level: 1 })).toBeVisible();
  await expect(admin.getByText(email)).toHaveCount(0);
  await adminContext.close();
});

test('the cancellation banner can be dismissed', async ({ page }) => {
  const email = await signUpLearner(page);
  await signIn(page, email, PASSWORD);
  await page.goto('/account');
  const deletion = page.getByRole('form', { name: 'Delete account' });
  await deletion.getByLabel('Your email').fill(email);
  await deletion.getByRole('button', { name: 'Delete my account' }).click();
  await expect(page).toHaveURL(/\/sign-in\?deletion=scheduled$/);

  await signIn(page, email, PASSWORD);
  const banner = page.getByRole('status').filter({ hasText: 'Your account deletion was cancelled' });
  await banner.getByRole('button', { name: 'Dismiss' }).click();
  await expect(banner).toHaveCount(0);
});
