import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, expectNoSidewaysScroll } from './a11y';
import { signIn } from './helpers';

// Every page a learner, a moderator and an admin reach, on a phone and on a desktop: axe finds no
// serious WCAG 2.2 A/AA problem, nothing scrolls sideways, and each page has its own <title>.
// Data: the learner journey uses other@test.local and submits one unanswered practice question, so
// it adds no review card and no answer that the other specs count.

const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
] as const;

/** Opens a page, waits for its heading, then runs the checks every page must pass. */
async function visit(page: Page, path: string, title: string | RegExp) {
  await page.goto(path);
  await checkPage(page, title);
}

async function checkPage(page: Page, title: string | RegExp) {
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await expect(page).toHaveTitle(title);
  await expectNoSidewaysScroll(page);
  await expectNoSeriousA11yViolations(page);
}

/** The href of the first link in the main landmark whose href starts with `prefix`. */
async function firstLink(page: Page, prefix: RegExp): Promise<string> {
  const hrefs = await page
    .getByRole('main')
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  const href = hrefs.find((h) => prefix.test(h));
  if (!href) throw new Error(`No link matching ${prefix} on ${page.url()}`);
  return href;
}

for (const viewport of VIEWPORTS) {
  test.describe(`on a ${viewport.name} (${viewport.width}×${viewport.height})`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });
    // Many pages and an axe run on each: minutes on a busy 2-core machine, not the default minute.
    test.setTimeout(300_000);

    test('a visitor: home, catalog, exam page, sign-in, sign-up and a missing page', async ({ page }) => {
      await visit(page, '/', 'PingToPass — IT certification exam practice');
      await visit(page, '/exams', 'Exams · PingToPass');
      await visit(page, '/exams/test-exam', 'Test Certification Exam · PingToPass');
      await visit(page, '/sign-in', 'Sign in · PingToPass');
      await visit(page, '/sign-up', 'Create an account · PingToPass');
      await visit(page, '/no-such-page', 'Page not found · PingToPass');
      await visit(page, '/exams/no-such-exam', 'Exam not found · PingToPass');
    });

    test('a learner: exam, runner, result, dashboard, history, review, reports and account', async ({
      page,
    }) => {
      await signIn(page, 'other@test.local');
      await visit(page, '/exams/test-exam', 'Test Certification Exam · PingToPass');

      const form = page.getByRole('form', { name: 'Start a practice session' });
      await form.getByLabel('Number of questions').fill('1');
      await form.getByRole('button', { name: 'Start practice' }).click();
      await expect(page.getByRole('heading', { name: 'Question 1 of 1' })).toBeVisible();
      await checkPage(page, 'Question 1 of 1 · Test Certification Exam practice · PingToPass');
      await page.getByRole('button', { name: 'Finish', exact: true }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Finish session' }).click();
      await expect(page).toHaveURL(/\/result$/);
      await checkPage(page, 'Result · Test Certification Exam · PingToPass');

      await visit(page, '/dashboard', 'Dashboard · PingToPass');
      await visit(page, '/history', 'History · PingToPass');
      await visit(page, '/review', 'Daily review · PingToPass');
      await visit(page, '/reports', 'My reports · PingToPass');
      await visit(page, '/account', 'Account · PingToPass');
    });

    test('a moderator: every studio page', async ({ page }) => {
      await signIn(page, 'moderator@test.local');
      await visit(page, '/studio', 'Studio · PingToPass');
      const exam = await firstLink(page, /^\/studio\/exams\/\d+$/);
      await visit(page, exam, 'Exam · PingToPass');
      await visit(page, `${exam}/statistics`, 'Item statistics · PingToPass');
      await visit(page, '/studio/exams/new', 'New exam · PingToPass');
      await visit(page, '/studio/questions', 'Questions · PingToPass');
      const question = await firstLink(page, /^\/studio\/questions\/\d+$/);
      await visit(page, question, 'Edit question · PingToPass');
      await visit(page, '/studio/questions/new', 'New question · PingToPass');
      await visit(page, '/studio/import', 'Import and export · PingToPass');
      await visit(page, '/studio/generate', 'Generate drafts with AI · PingToPass');
      await visit(page, '/studio/reports', 'Reports · PingToPass');
      await visit(page, '/studio/audit', 'Audit log · PingToPass');
    });

    test('an admin: users', async ({ page }) => {
      await signIn(page, 'admin@test.local');
      await visit(page, '/admin/users', 'Users · PingToPass');
      await visit(page, '/admin/deletions', 'Pending account deletions · PingToPass');
    });
  });
}
