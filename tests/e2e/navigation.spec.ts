import { expect, test } from '@playwright/test';
import { expectNoSidewaysScroll } from './a11y';
import { signIn } from './helpers';

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the main navigation is a disclosure: opens, closes with Escape, closes on navigation', async ({
    page,
  }) => {
    await signIn(page, 'learner@test.local');
    await page.goto('/exams');
    const nav = page.getByRole('navigation', { name: 'Main' });
    const menu = nav.getByRole('button', { name: 'Menu' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(nav.getByRole('link', { name: 'History' })).toBeHidden();

    // The button controls the list it shows.
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    const list = page.locator(`[id="${await menu.getAttribute('aria-controls')}"]`);
    await expect(list.getByRole('link', { name: 'My reports' })).toBeVisible();
    await expect(list.getByRole('link', { name: 'Exams' })).toHaveAttribute('aria-current', 'page');

    // Escape from inside the menu closes it and puts focus back on the button.
    await list.getByRole('link', { name: 'History' }).focus();
    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toBeFocused();
    await expect(list).toBeHidden();

    // Following a link closes it on the new page.
    await menu.click();
    await list.getByRole('link', { name: 'My reports' }).click();
    await expect(page).toHaveURL(/\/reports$/);
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(list).toBeHidden();
    await expect(page).toHaveTitle('My reports · PingToPass');
  });
});

test('"Skip to content" is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/exams');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('the wide header shows every destination, "My reports" included, and no menu button', async ({
  page,
}) => {
  await signIn(page, 'learner@test.local');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('button', { name: 'Menu' })).toBeHidden();
  for (const name of ['Exams', 'Dashboard', 'Daily review', 'History', 'My reports', 'Account'])
    await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
  await expect(nav.getByRole('button', { name: 'Sign out' })).toBeVisible();
});

test.describe('on the narrowest phone we support (360 px)', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test('no page scrolls sideways', async ({ page }) => {
    test.setTimeout(180_000);
    // An admin reaches every kind of page: the learner's, the studio's and the admin's.
    await signIn(page, 'admin@test.local');
    for (const path of [
      '/',
      '/exams',
      '/exams/test-exam',
      '/dashboard',
      '/history',
      '/review',
      '/reports',
      '/account',
      '/studio',
      '/studio/questions',
      '/studio/questions/new',
      '/studio/import',
      '/studio/generate',
      '/studio/reports',
      '/studio/audit',
      '/admin/users',
      '/admin/deletions',
      '/no-such-page',
    ]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await expectNoSidewaysScroll(page);
    }
  });
});
