import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, expectNoSidewaysScroll } from './a11y';
import { touchDrag } from './drag';
import { signInNewLearner } from './helpers';

// The kinds exam (database/seeds/test/exams.ts): a matching question (partial credit) whose
// premises "Premise one… three" go with "Response for one… three", and an ordering question.

const premiseSelect = (page: Page, premise: string) => page.getByRole('combobox', { name: premise });

/** A fresh learner who practised only the matching question of the kinds exam, two pairs of three right. */
async function learnerWithMatchingCard(page: Page, tag: string) {
  await signInNewLearner(page, `kinds-${tag}-${Date.now()}@example.test`, 'Kim Kinds', 'a sturdy passphrase');
  await page.goto('/exams/kinds-exam');
  const form = page.getByRole('form', { name: 'Start a practice session' });
  await form.getByLabel('Question kind').selectOption('matching');
  await form.getByRole('button', { name: 'Start practice' }).click();
  await expect(page.getByRole('heading', { name: 'Question 1 of 1' })).toBeVisible();
  await expect(page.getByText('Test matching question')).toBeVisible();
  await premiseSelect(page, 'Premise one').selectOption({ label: 'Response for one' });
  await premiseSelect(page, 'Premise two').selectOption({ label: 'Response for two' });
  await premiseSelect(page, 'Premise three').selectOption({ label: 'Response for none' });
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByRole('region', { name: 'Answer feedback' })).toContainText('Partial credit: 66%');
  await page.getByRole('button', { name: 'Finish', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Finish session' }).click();
  await expect(page).toHaveURL(/\/result$/);
}

test('practice filters by kind, and says so when a kind and a filter leave nothing', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await learnerWithMatchingCard(page, 'filter');
  await page.goto('/exams/kinds-exam');
  const form = page.getByRole('form', { name: 'Start a practice session' });
  await form.getByLabel('Question kind').selectOption('ordering');
  await form.getByLabel('Only previously missed').check();
  await form.getByRole('button', { name: 'Start practice' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'No ordering questions that you previously missed' }),
  ).toContainText('in these objectives. Choose "Any kind" or other objectives.');
  // The choices stay as they were, to change one and try again.
  await expect(form.getByLabel('Question kind')).toHaveValue('ordering');
  await form.getByLabel('Question kind').selectOption('matching');
  await form.getByRole('button', { name: 'Start practice' }).click();
  await expect(page.getByText('Test matching question')).toBeVisible();
});

test('a matching card in the daily review by keyboard: 1 of 3 right, Again suggested, rated Hard', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await learnerWithMatchingCard(page, 'review');
  await page.goto('/review');
  const card = page.getByRole('article', { name: 'Review card' });
  await expect(card.getByText('Test matching question')).toBeVisible();
  await expect(card.getByText(/Match each premise to a response\..*part of the credit/)).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'matching card at 1280');

  // The list boxes by keyboard (type-ahead), one pair wrong; Enter in a list box is its own.
  await premiseSelect(page, 'Premise one').focus();
  await page.keyboard.type('Response for one');
  await premiseSelect(page, 'Premise two').focus();
  await page.keyboard.type('Response for three');
  await premiseSelect(page, 'Premise three').focus();
  await page.keyboard.type('Response for two');
  await card.getByRole('button', { name: 'Check answer' }).focus();
  await page.keyboard.press('Enter');

  const feedback = card.getByRole('region', { name: 'Answer feedback' });
  await expect(feedback).toContainText('Incorrect');
  await expect(feedback).toContainText('Partial credit: 33% (each right pair or position counts).');
  await expect(card.getByText('Right response: Response for two')).toBeVisible();
  const rate = card.getByRole('group', { name: 'How well did you know it?' });
  await expect(rate.getByRole('button', { name: /^Again\b.*\(suggested\)$/ })).toBeFocused();
  await expectNoSeriousA11yViolations(page, 'matching card revealed at 1280');
  await page.keyboard.press('2');
  await expect(page.getByText(/^Saved: Hard · next review/)).toBeVisible();
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a matching card answered by touch on a 390 px screen', async ({ page }) => {
    test.setTimeout(120_000);
    await learnerWithMatchingCard(page, 'touch');
    await page.goto('/review');
    const card = page.getByRole('article', { name: 'Review card' });
    await expect(card.getByText('Test matching question')).toBeVisible();
    for (const n of ['one', 'two', 'three']) {
      const chip = card.getByRole('button', { name: `Drag Response for ${n} onto a premise` });
      const target = card.getByRole('listitem').filter({ has: premiseSelect(page, `Premise ${n}`) });
      await touchDrag(page, chip, target);
      await expect(premiseSelect(page, `Premise ${n}`).locator('option:checked')).toHaveText(
        `Response for ${n}`,
      );
    }
    await expectNoSidewaysScroll(page);
    await card.getByRole('button', { name: 'Check answer' }).click();
    await expect(card.getByRole('region', { name: 'Answer feedback' })).toContainText('Correct');
    const rate = card.getByRole('group', { name: 'How well did you know it?' });
    await expect(rate.getByRole('button', { name: /^Good\b.*\(suggested\)$/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'matching card revealed at 390');
    await expectNoSidewaysScroll(page);
    await rate.getByRole('button', { name: /^Good\b/ }).click();
    await expect(page.getByText(/^Saved: Good · next review/)).toBeVisible();
  });
});
