import { expect, test } from '@playwright/test';
import { latestEmailLink, signIn, signOut, TEST_PASSWORD } from './helpers';

test('sign up, confirm the email from the outbox, sign in and sign out', async ({ page }) => {
  const email = `new-${Date.now()}@example.test`;
  await page.goto('/sign-up');
  await page.getByLabel('Name').fill('Nora New');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Use at least 8 characters.')).toBeVisible();
  // Nothing typed is lost after a rejected submit.
  await expect(page.getByLabel('Email')).toHaveValue(email);

  await page.getByLabel('Password').fill('a sturdy passphrase');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Check your inbox')).toBeVisible();

  // Signing in before confirming is refused with a clear message.
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('a sturdy passphrase');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Confirm your email address first' })).toBeVisible();

  await page.goto(await latestEmailLink(email, '/verify-email'));
  await page.getByRole('button', { name: 'Confirm my email' }).click();
  await expect(page.getByText('Your email is confirmed')).toBeVisible();

  await signIn(page, email, 'a sturdy passphrase');
  // Signed in without a callbackUrl: the learner lands on their dashboard, not the marketing home.
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.getByRole('link', { name: 'Account' }).click();
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
  await signOut(page);
  await page.goto('/account');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount/);
  // A safe callbackUrl wins over the dashboard.
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('a sturdy passphrase');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/account$/);
});

test('a wrong password gets one generic message', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('other@test.local');
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Wrong email or password.' })).toBeVisible();
});

test('reset a forgotten password: the old one stops working and other sessions end', async ({
  page,
  browser,
}) => {
  const email = 'reset-me@test.local';
  // A second device, signed in before the reset.
  const otherDevice = await browser.newContext();
  const otherPage = await otherDevice.newPage();
  await signIn(otherPage, email);

  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Forgot password?' }).click();
  await expect(page.getByRole('heading', { name: 'Reset your password' })).toBeVisible();
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(page.getByText('If an account exists for that email')).toBeVisible();

  await page.goto(await latestEmailLink(email, '/reset-password'));
  await page.getByLabel('New password', { exact: true }).fill('brand new passphrase');
  await page.getByLabel('Repeat new password').fill('brand new passphrase');
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page.getByText('Your password has been changed')).toBeVisible();

  await otherPage.goto('/account');
  await expect(otherPage).toHaveURL(/\/sign-in/);
  await otherDevice.close();

  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Wrong email or password.' })).toBeVisible();
  await signIn(page, email, 'brand new passphrase');
});

test('an admin promotes a learner; the learner’s access changes on the next request', async ({
  page,
  browser,
}) => {
  const learnerContext = await browser.newContext();
  const learner = await learnerContext.newPage();
  await signIn(learner, 'promote-me@test.local');
  const denied = await learner.goto('/admin/users');
  expect(denied?.status()).toBe(403);
  await expect(learner.getByRole('heading', { name: 'You do not have access' })).toBeVisible();

  await signIn(page, 'admin@test.local');
  await page.getByRole('link', { name: 'Admin', exact: true }).click();
  await page
    .getByRole('searchbox', { name: 'Search users' })
    .or(page.getByLabel('Search users'))
    .fill('promote-me@test.local');
  await page.getByRole('button', { name: 'Search' }).click();
  const row = page.getByRole('row', { name: /promote-me@test\.local/ });
  await row.getByLabel('Role of promote-me@test.local', { exact: true }).selectOption('admin');
  await row.getByRole('button', { name: 'Save role' }).click();
  await expect(row.getByRole('status')).toHaveText('Saved');

  // The role change ended the learner's session: next request, they must sign in again…
  await learner.goto('/admin/users');
  await expect(learner).toHaveURL(/\/sign-in/);
  // …and with the new role the page opens.
  await signIn(learner, 'promote-me@test.local');
  const allowed = await learner.goto('/admin/users');
  expect(allowed?.status()).toBe(200);
  await expect(learner.getByRole('heading', { name: 'Users' })).toBeVisible();
  await learnerContext.close();
});

test('route handlers refuse anonymous requests and the 403 page is real', async ({ request, page }) => {
  expect((await request.get('/api/account/export')).status()).toBe(401);
  await signIn(page, 'moderator@test.local');
  const response = await page.goto('/admin/users');
  expect(response?.status()).toBe(403);
  const download = page.waitForEvent('download');
  await page.goto('/account');
  await page.getByRole('link', { name: 'Download my data', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^pingtopass-data-\d{4}-\d{2}-\d{2}\.json$/);
});

test('sign out everywhere ends the sessions of every device, this one too', async ({ page, browser }) => {
  const email = 'sign-out-everywhere@test.local';
  const phone = await browser.newContext();
  const phonePage = await phone.newPage();
  await signIn(phonePage, email);
  await signIn(page, email);

  await page.goto('/account');
  const section = page.getByRole('form', { name: 'Sign out everywhere' });
  await expect(section.getByText('You are signed in on 2 devices or browsers.')).toBeVisible();
  await section.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  // The other device's cookie is still in its browser, but the server no longer accepts it.
  await phonePage.goto('/account');
  await expect(phonePage).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount/);
  await phone.close();
});
