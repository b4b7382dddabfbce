import { expect, test, type Page } from '@playwright/test';
import { topologyPng } from '../../database/seeds/exhibit-images';
import { expectNoSeriousA11yViolations, expectNoSidewaysScroll } from './a11y';
import { signIn, signInNewLearner, startMockExam, TEST_PASSWORD } from './helpers';

// A moderator gives the kinds exam's ordering question (database/seeds/test/exams.ts) an image and
// a table; learners then see them beside the stem on a wide screen and behind tabs on a phone.
// The other specs of that exam answer through the question's own controls, which the tabs keep.

test.describe.configure({ mode: 'serial' });

const ALT = 'A router above two switches, host A on the left switch and host B on the right one';
const stem = (page: Page) => page.getByText('Test ordering question: put the steps in order.');

async function openOrderingQuestion(page: Page) {
  const learner = `exhibits-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}@test.local`;
  await signInNewLearner(page, learner, 'Exhibit Learner', TEST_PASSWORD);
  await startMockExam(page, 'kinds-exam');
  await expect(page.getByRole('heading', { name: 'Question 1 of 2' })).toBeVisible();
  if (!(await stem(page).isVisible())) await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: /Question \d of 2/ })).toBeVisible();
}

test.describe('wide screen', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('a moderator adds an image and a table exhibit and saves a new version', async ({ page }) => {
    await signIn(page, 'moderator@test.local');
    await page.goto('/studio/questions');
    const search = page.getByRole('search');
    await search.getByLabel('Exam').selectOption({ label: 'TST-020 — Matching and Ordering Exam' });
    await search.getByLabel('Search title, stem, options and explanation').fill('ordering');
    await search.getByRole('button', { name: 'Apply' }).click();
    await page.getByRole('link', { name: /^Test ordering question/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Edit question/ })).toBeVisible();

    const editor = page.getByRole('form', { name: 'Question editor' });
    await editor.getByRole('button', { name: '+ Add image' }).click();
    await editor.getByLabel('Title of exhibit 1').fill('Network diagram');
    // Saving before the upload names the missing image and the missing description.
    await editor.getByRole('button', { name: 'Save new version' }).click();
    await expect(editor.getByText('Upload an image.')).toBeVisible();
    await expect(editor.getByText('Describe the image for people who cannot see it.')).toBeVisible();

    await editor.getByLabel('Image file of exhibit 1').setInputFiles({
      name: 'topology.png',
      mimeType: 'image/png',
      buffer: Buffer.from(topologyPng()),
    });
    await expect(editor.getByText('Uploaded (320×200 px).')).toBeVisible();
    await editor.getByLabel('Description for screen readers (alt text)').fill(ALT);
    await editor.getByRole('button', { name: '+ Add table' }).click();
    await editor.getByLabel('Title of exhibit 2').fill('Step timings');
    await editor
      .getByLabel('Table')
      .fill('Step | Minutes\nStep 1 | 5\nStep 2 | 10\nStep 3 | 15\nStep 4 | 20');

    const preview = page.getByRole('region', { name: 'Preview' });
    await expect(preview.getByRole('img', { name: ALT })).toBeVisible();
    await expect(preview.getByRole('region', { name: 'Exhibit 2: Step timings' })).toContainText('Minutes');
    await expectNoSeriousA11yViolations(page, 'the editor with exhibits');

    await editor.getByRole('button', { name: 'Save new version' }).click();
    await expect(page.getByText(/^Saved as version \d+\./)).toBeVisible();
    await expect(page.getByLabel('Title of exhibit 2')).toHaveValue('Step timings');
    await expect(page.getByRole('list', { name: 'Version history' })).toContainText(
      'Exhibits changed (0 → 2)',
    );
  });

  test('a learner sees the exhibits beside the stem', async ({ page }) => {
    await openOrderingQuestion(page);
    const image = page.getByRole('img', { name: ALT });
    await expect(image).toBeVisible();
    await expect(page.getByRole('region', { name: 'Exhibit 2: Step timings' })).toBeVisible();
    await expect(page.getByRole('tablist', { name: 'Question and exhibits' })).toBeHidden();
    // Two columns: the exhibits start right of the stem's column, level with it.
    const [stemBox, imageBox] = [(await stem(page).boundingBox())!, (await image.boundingBox())!];
    expect(imageBox.x).toBeGreaterThan(stemBox.x + stemBox.width / 2);
    expect(imageBox.y).toBeLessThan(stemBox.y + 200);
    expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(320);
    await expectNoSeriousA11yViolations(page, 'the runner with exhibits');
  });
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a learner switches between the question and its exhibits with tabs and the keyboard', async ({
    page,
  }) => {
    await openOrderingQuestion(page);
    const tabs = page.getByRole('tablist', { name: 'Question and exhibits' });
    const questionTab = tabs.getByRole('tab', { name: 'Question' });
    await expect(questionTab).toHaveAttribute('aria-selected', 'true');
    await expect(stem(page)).toBeVisible();
    await expect(page.getByRole('img', { name: ALT })).toBeHidden();

    await questionTab.focus();
    await page.keyboard.press('ArrowRight');
    const imageTab = tabs.getByRole('tab', { name: 'Exhibit 1: Network diagram' });
    await expect(imageTab).toBeFocused();
    await expect(imageTab).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel', { name: 'Exhibit 1: Network diagram' })).toBeVisible();
    await expect(page.getByRole('img', { name: ALT })).toBeVisible();
    await expect(stem(page)).toBeHidden();
    await expectNoSeriousA11yViolations(page, 'the image tab');

    await page.keyboard.press('ArrowRight');
    await expect(tabs.getByRole('tab', { name: 'Exhibit 2: Step timings' })).toBeFocused();
    await expect(page.getByRole('region', { name: 'Exhibit 2: Step timings' })).toContainText('Step 4');
    await expectNoSidewaysScroll(page);
    await page.keyboard.press('ArrowRight'); // wraps round to the question
    await expect(questionTab).toBeFocused();
    await page.keyboard.press('End');
    await expect(tabs.getByRole('tab', { name: 'Exhibit 2: Step timings' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await page.keyboard.press('Home');
    await expect(stem(page)).toBeVisible();
    await expect(page.getByRole('list', { name: /order of the items/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'the question tab');
    await expectNoSidewaysScroll(page);
  });
});
