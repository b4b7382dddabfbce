import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './a11y';
import { signIn } from './helpers';

// Studio and admin safety, on a desktop and on a phone: unsaved edits are not lost by leaving,
// destructive one-click actions ask first, the objective filter follows the exam, the audit log
// reads as before → after. Every change made here is undone (or flips back on the next run),
// and axe checks each page visited.

const VIEWPORTS = [
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
];

/** Opens "Test question N" of the Test Certification Exam in the editor; returns its id. */
async function openQuestion(page: Page, n: number): Promise<number> {
  const exam = await examIdOf(page, 'TST-100');
  await page.goto(`/studio/questions?exam=${exam}&q=${encodeURIComponent(`Test question ${n}`)}`);
  await page
    .getByRole('table', { name: 'Questions' })
    .getByRole('link', { name: new RegExp(`^Test question ${n} \\(`) })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /Edit question/ })).toBeVisible();
  return Number(/\/studio\/questions\/(\d+)/.exec(page.url())?.[1]);
}

async function examIdOf(page: Page, code: string): Promise<string> {
  await page.goto('/studio/questions');
  const option = page.getByLabel('Exam').locator('option', { hasText: code });
  return (await option.getAttribute('value'))!;
}

/** The newest audit entry of a target, as an article. */
async function newestAuditEntry(page: Page, target: number) {
  await page.goto(`/studio/audit?target=${target}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  return page.getByRole('list', { name: 'Audit entries' }).getByRole('article').first();
}

for (const { name, viewport } of VIEWPORTS) {
  test.describe(`on a ${name} (${viewport.width}×${viewport.height})`, () => {
    test.use({ viewport });
    // axe on a shared 2-core machine takes seconds a page: these tests get three minutes.
    test.describe.configure({ timeout: 180_000 });

    test('leaving the editor with unsaved changes asks first; saving ends the prompt; the audit shows the diff', async ({
      page,
    }) => {
      await signIn(page, 'moderator@test.local');
      const id = await openQuestion(page, 3);
      await expectNoSeriousA11yViolations(page, 'the question editor');
      const editorUrl = page.url();
      const stem = page.getByLabel('Question (markdown)');
      const original = await stem.inputValue();
      await stem.fill(`${original} Unsaved words.`);
      await expect(page.getByText('Unsaved changes')).toBeVisible();

      // An in-app link: the dialog says what would be lost; "Stay" keeps the page and the text.
      await page.getByRole('link', { name: 'Test Certification Exam' }).click();
      const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
      await expect(dialog).toContainText('your edits to this question will be lost');
      await expect(dialog.getByRole('button', { name: 'Stay on this page' })).toBeFocused();
      await expectNoSeriousA11yViolations(page, 'the leave dialog');
      await dialog.getByRole('button', { name: 'Stay on this page' }).click();
      await expect(dialog).toBeHidden();
      await expect(page).toHaveURL(editorUrl);
      await expect(stem).toHaveValue(`${original} Unsaved words.`);

      // The Back button asks too; Escape stays.
      await page.goBack();
      await expect(dialog).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(page).toHaveURL(editorUrl);
      await expect(stem).toHaveValue(`${original} Unsaved words.`);

      // Closing or reloading the tab gets the browser's own prompt.
      let prompt = '';
      page.once('dialog', (d) => {
        prompt = d.type();
        void d.dismiss();
      });
      await page.close({ runBeforeUnload: true });
      await expect.poll(() => prompt).toBe('beforeunload');
      expect(page.isClosed()).toBe(false);
      await expect(stem).toHaveValue(`${original} Unsaved words.`);

      // Put the stem back and change the explanation instead (it flips on each run), then save.
      await stem.fill(original);
      const explanation = page.getByLabel('Explanation (markdown)');
      const before = await explanation.inputValue();
      const after = before.endsWith(' (reviewed)')
        ? before.slice(0, -' (reviewed)'.length)
        : `${before} (reviewed)`;
      await explanation.fill(after);
      await page
        .getByRole('form', { name: 'Question editor' })
        .getByRole('button', { name: 'Save new version' })
        .click();
      await expect(page.getByText(/^Saved as version \d+\.$/)).toBeVisible();
      await expect(page.getByText('Unsaved changes')).toBeHidden();

      // Saved: leaving needs no confirmation.
      await page.getByRole('link', { name: 'Test Certification Exam' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Questions' })).toBeVisible();
      await expect(page.getByRole('dialog')).toHaveCount(0);

      // The audit log shows the edit as words removed and added, not JSON.
      const entry = await newestAuditEntry(page, id);
      await expectNoSeriousA11yViolations(page, 'the audit log');
      await expect(entry.getByRole('heading')).toHaveText('question edited');
      await expect(entry).toContainText('Version:');
      await expect(entry).toContainText('Explanation:');
      await expect(entry).not.toContainText('{');
      const explained = entry.getByRole('listitem').filter({ hasText: 'Explanation:' });
      await expect(explained.getByRole('deletion')).toContainText(before.slice(-20));
      await expect(explained.getByRole('insertion')).toContainText(after.slice(-20));
    });

    test('retiring a question asks first and says what happens; the audit shows the status change', async ({
      page,
    }) => {
      await signIn(page, 'moderator@test.local');
      const id = await openQuestion(page, 7);
      const header = page.getByRole('heading', { level: 1, name: /Edit question/ });
      await expect(header).toContainText('active');

      await page.getByRole('button', { name: 'Retire question' }).click();
      const dialog = page.getByRole('dialog', { name: `Retire question #${id}?` });
      await expect(dialog).toContainText('Learners will no longer get it in new mock exams');
      await expect(dialog).toContainText('You can reactivate it at any time.');
      await expectNoSeriousA11yViolations(page, 'the retire dialog');
      // Cancel: nothing changes.
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByRole('button', { name: 'Retire question' })).toBeFocused();
      await page.reload();
      await expect(header).toContainText('active');

      await page.getByRole('button', { name: 'Retire question' }).click();
      await dialog.getByRole('button', { name: 'Retire question' }).click();
      await expect(header).toContainText('retired');
      await expect(page.getByText('This question is retired')).toBeVisible();

      const entry = await newestAuditEntry(page, id);
      await expect(entry.getByRole('heading')).toHaveText('question retired');
      await expect(entry.getByRole('deletion')).toHaveText('active');
      await expect(entry.getByRole('insertion')).toHaveText('retired');

      // Back to active, so the bank is as it was.
      await page.goto(`/studio/questions/${id}`);
      await page.getByRole('button', { name: 'Reactivate question' }).click();
      await expect(header).toContainText('active');
    });

    test('the objective filter follows the chosen exam and applies without "Apply"', async ({ page }) => {
      await signIn(page, 'moderator@test.local');
      await page.goto('/studio/questions');
      await expectNoSeriousA11yViolations(page, 'the question list');
      const filters = page.getByRole('search', { name: 'Filter questions' });
      const objective = filters.getByLabel('Objective');
      await expect(objective).toBeDisabled();

      await filters.getByLabel('Exam').selectOption({ label: 'TST-100 — Test Certification Exam' });
      await expect(page).toHaveURL(/[?&]exam=\d+/);
      await expect(objective).toBeEnabled();
      await expect(objective.locator('option')).toHaveText([
        'All objectives',
        '1 — Test objective one',
        '2 — Test objective two',
      ]);

      await objective.selectOption({ label: '2 — Test objective two' });
      await expect(page).toHaveURL(/[?&]objective=\d+/);
      const rows = page.getByRole('table', { name: 'Questions' }).locator('tbody tr');
      await expect(rows.first()).toContainText('TST-100 · 2');
      for (const text of await rows.allInnerTexts()) expect(text).toContain('TST-100 · 2');

      // Another exam: its own objectives, and the old objective is dropped from the filter.
      await filters.getByLabel('Exam').selectOption({ label: 'TST-001 — Quick Timed Exam' });
      await expect(objective.locator('option')).toHaveText(['All objectives', '1 — Everything']);
      await expect(page).not.toHaveURL(/objective=/);
      await expect(rows.first()).toContainText('TST-001 · 1');
      await expect(objective).toHaveValue('');
    });

    test('an admin disables a user only after confirming, and can enable them again', async ({ page }) => {
      await signIn(page, 'admin@test.local');
      await page.goto('/admin/users?q=other%40test.local');
      await expectNoSeriousA11yViolations(page, 'admin users');
      const row = page.getByRole('row', { name: /other@test\.local/ });
      await expect(row).toContainText('Active');

      await row.getByRole('button', { name: 'Disable other@test.local' }).click();
      const dialog = page.getByRole('dialog', { name: 'Disable other@test.local?' });
      await expect(dialog).toContainText('signed out everywhere');
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await page.reload();
      await expect(row).toContainText('Active');

      await row.getByRole('button', { name: 'Disable other@test.local' }).click();
      await dialog.getByRole('button', { name: 'Disable account' }).click();
      await expect(row).toContainText('Disabled');

      await row.getByRole('button', { name: 'Enable other@test.local' }).click();
      await expect(row).toContainText('Active');
    });

    test('the other studio pages pass axe', async ({ page }) => {
      await signIn(page, 'moderator@test.local');
      for (const path of ['/studio', '/studio/reports', '/studio/questions/new']) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectNoSeriousA11yViolations(page, path);
      }
      await page.goto('/studio');
      await page.getByRole('link', { name: 'Test Certification Exam' }).first().click();
      await expect(page.getByRole('heading', { level: 1, name: 'Test Certification Exam' })).toBeVisible();
      await expectNoSeriousA11yViolations(page, 'the exam page');
      await page.getByRole('link', { name: 'statistics' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoSeriousA11yViolations(page, 'the statistics page');
    });
  });
}
