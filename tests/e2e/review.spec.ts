import { expectNoSeriousA11yViolations, expectNoSidewaysScroll } from './a11y';
import { expect, test, type Page } from '@playwright/test';
import { chooseAnswer, signInNewLearner } from './helpers';

/** A fresh learner (so today's counts start at zero) with two missed questions due today. */
async function learnerWithTwoDueCards(page: Page) {
  const email = `reviewer-${Date.now()}@example.test`;
  await signInNewLearner(page, email, 'Rae Reviewer', 'a sturdy passphrase');

  await page.goto('/exams/test-exam');
  const form = page.getByRole('form', { name: 'Start a practice session' });
  await form.getByLabel('Number of questions').fill('2');
  await form.getByRole('button', { name: 'Start practice' }).click();
  for (const index of [0, 1]) {
    await chooseAnswer(page, false);
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(page.getByRole('region', { name: 'Answer feedback' })).toContainText('Incorrect');
    if (index === 0) await page.getByRole('button', { name: 'Next' }).click();
  }
  await page.getByRole('button', { name: 'Finish', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Finish session' }).click();
  await expect(page).toHaveURL(/\/result$/);
}

/** axe on the whole page (no serious or critical violation) and no sideways scrolling. */
async function expectNoSeriousViolations(page: Page, label: string) {
  await expectNoSeriousA11yViolations(page, label);
  await expectNoSidewaysScroll(page);
}

test('a keyboard-only daily review: Space reveals, 3 rates Good, and the count survives a reload', async ({
  page,
}) => {
  await learnerWithTwoDueCards(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/review');
  const counter = page.getByRole('status', { name: 'Progress today' });
  await expect(counter).toContainText('0 of 2 reviewed today');
  await expect(counter).toContainText('2 to go');
  const card = page.getByRole('article', { name: 'Review card' });
  await expect(card.getByText('Space')).toBeVisible();
  await expectNoSeriousViolations(page, 'question at 1280');

  // Card 1: nothing chosen, Space shows the answer; the four buttons say when the card comes back.
  await page.keyboard.press('Space');
  const rate = card.getByRole('group', { name: 'How well did you know it?' });
  await expect(rate.getByRole('button')).toHaveText([/^Again<10m1/, /^Hard.+2/, /^Good.+3/, /^Easy.+4/]);
  await expect(card.getByRole('region', { name: 'Answer feedback' })).toContainText(
    'You did not choose an answer.',
  );
  await expect(rate.getByRole('button', { name: /^Again\b.*\(suggested\)$/ })).toBeFocused();
  await expectNoSeriousViolations(page, 'revealed at 1280');
  await page.keyboard.press('3');
  await expect(page.getByText(/^Saved: Good · next review/)).toBeVisible();
  await expect(counter).toContainText('1 of 2 reviewed today');

  // Card 2 at phone width: B chooses an option, Enter checks it, 3 rates Good.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(rate).toHaveCount(0);
  await expectNoSeriousViolations(page, 'question at 390');
  await page.keyboard.press('b');
  await expect(
    card.getByRole('radio', { checked: true }).or(card.getByRole('checkbox', { checked: true })),
  ).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(rate.getByRole('button')).toHaveCount(4);
  await expectNoSeriousViolations(page, 'revealed at 390');
  await page.keyboard.press('3');
  await expect(page.getByRole('heading', { name: 'All caught up for today' })).toBeVisible();
  await expect(counter).toContainText('2 of 2 reviewed today');

  // The count is the server's: a reload keeps it.
  await page.reload();
  await expect(page.getByRole('status', { name: 'Progress today' })).toContainText('2 of 2 reviewed today');
  await expect(page.getByRole('heading', { name: 'All caught up for today' })).toBeVisible();
  await expect(page.getByText('You reviewed 2 cards.')).toBeVisible();
});
