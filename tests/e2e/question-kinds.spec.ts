import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, expectNoSidewaysScroll } from './a11y';
import { mouseDrag, touchDrag } from './drag';
import { signIn, startMockExam, submitMock } from './helpers';

// The kinds exam (database/seeds/test/exams.ts): a matching question whose premises "Premise one…
// three" go with "Response for one… three" ("Response for none" is a distractor), and an ordering
// question of "Step 1" … "Step 4". A mock shows both, in the draw's order.

const PAIRS = [
  ['Premise one', 'Response for one'],
  ['Premise two', 'Response for two'],
  ['Premise three', 'Response for three'],
] as const;
const STEPS = ['Step 1', 'Step 2', 'Step 3', 'Step 4'];
type Way = 'mouse' | 'keyboard' | 'touch';

const saved = (page: Page) => page.getByRole('status').filter({ hasText: /^Saved$/ });
const premiseSelect = (page: Page, premise: string) => page.getByRole('combobox', { name: premise });
const orderList = (page: Page) => page.getByRole('list', { name: /order of the items/ });

async function currentOrder(page: Page): Promise<string[]> {
  const texts = await orderList(page).getByRole('listitem').allInnerTexts();
  return texts.map((t) => STEPS.find((s) => t.includes(s))!);
}

async function answerMatching(page: Page, way: Way) {
  for (const [premise, response] of PAIRS) {
    if (way === 'keyboard') {
      // The non-drag way: the premise's list box, driven by type-ahead.
      await premiseSelect(page, premise).focus();
      await page.keyboard.type(response);
    } else {
      const chip = page.getByRole('button', { name: `Drag ${response} onto a premise` });
      const target = page.getByRole('listitem').filter({ has: premiseSelect(page, premise) });
      if (way === 'mouse') await mouseDrag(page, chip, target);
      else await touchDrag(page, chip, target);
    }
    await expect(premiseSelect(page, premise)).toHaveValue(/.+/);
  }
  for (const [premise, response] of PAIRS)
    await expect(premiseSelect(page, premise).locator('option:checked')).toHaveText(response);
}

async function answerOrdering(page: Page, way: Way) {
  for (let target = 0; target < STEPS.length; target += 1) {
    const order = await currentOrder(page);
    const from = order.indexOf(STEPS[target]!);
    if (from === target) continue;
    if (way === 'keyboard') {
      // Move up, by keyboard: focus the button and press Enter once per place.
      for (let k = from; k > target; k -= 1) {
        await page.getByRole('button', { name: `Move ${STEPS[target]} up` }).focus();
        await page.keyboard.press('Enter');
      }
    } else {
      const handle = page.getByRole('button', { name: new RegExp(`^Drag ${STEPS[target]},`) });
      const onto = orderList(page).getByRole('listitem').nth(target);
      if (way === 'mouse') await mouseDrag(page, handle, onto);
      else await touchDrag(page, handle, onto);
    }
    await expect.poll(() => currentOrder(page).then((o) => o.indexOf(STEPS[target]!))).toBe(target);
  }
  if ((await currentOrder(page)).join() === STEPS.join()) {
    // Already right as shown (a drag may not be needed): say so explicitly.
    const keep = page.getByRole('button', { name: 'Keep this order as my answer' });
    if (await keep.isVisible()) await keep.click();
  }
}

/** Answers both questions of the mock the given way, then checks a reload restores them. */
async function answerBoth(page: Page, way: Way) {
  await expect(page.getByRole('heading', { name: 'Question 1 of 2' })).toBeVisible();
  for (let q = 1; q <= 2; q += 1) {
    await expect(page.getByRole('heading', { name: `Question ${q} of 2` })).toBeVisible();
    if (await page.getByText('Test matching question').isVisible()) await answerMatching(page, way);
    else await answerOrdering(page, way);
    await expect(saved(page)).toBeVisible();
    await expectNoSeriousA11yViolations(page, `question ${q} answered by ${way}`);
    if (q === 1) await page.getByRole('button', { name: 'Next' }).click();
  }
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Question 2 of 2' })).toBeVisible();
  for (let q = 2; q >= 1; q -= 1) {
    if (await page.getByText('Test matching question').isVisible()) {
      for (const [premise, response] of PAIRS)
        await expect(premiseSelect(page, premise).locator('option:checked')).toHaveText(response);
    } else {
      await expect.poll(() => currentOrder(page)).toEqual(STEPS);
    }
    if (q === 2) await page.getByRole('button', { name: 'Previous' }).click();
  }
}

async function submitAndReview(page: Page) {
  await submitMock(page);
  await expect(page.getByText('2 of 2 correct')).toBeVisible();
  const tables = page.getByRole('table', { name: 'Your answer and the right answer' });
  await expect(tables).toHaveCount(2);
  const matchingRow = tables.getByRole('row', { name: /Premise two/ });
  await expect(matchingRow.getByRole('cell').first()).toHaveText(/right: Response for two/);
  await expect(matchingRow.getByRole('cell').last()).toHaveText('Response for two');
  await expect(tables.getByRole('row', { name: /^3\./ }).getByRole('cell').last()).toHaveText('Step 3');
  await expect(page.getByText('All-or-nothing: every pair or position must be right.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'the result review of matching and ordering');
}

test.describe('desktop', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('a learner answers matching and ordering questions with the mouse', async ({ page }) => {
    test.setTimeout(180_000);
    await signIn(page, 'learner@test.local');
    await startMockExam(page, 'kinds-exam');
    await answerBoth(page, 'mouse');
    await submitAndReview(page);
  });

  test('a learner answers them with the keyboard only', async ({ page }) => {
    test.setTimeout(180_000);
    await signIn(page, 'other@test.local');
    await startMockExam(page, 'kinds-exam');
    await answerBoth(page, 'keyboard');
    await submitAndReview(page);
  });
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a learner answers them by touch on a 390 px screen', async ({ page }) => {
    test.setTimeout(180_000);
    await signIn(page, 'learner@test.local');
    await startMockExam(page, 'kinds-exam');
    await answerBoth(page, 'touch');
    await expectNoSidewaysScroll(page);
    await submitAndReview(page);
  });
});
