import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './a11y';
import { signIn } from './helpers';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test('a learner sets an exam date and the dashboard shows today’s plan', async ({ page }) => {
  await signIn(page, 'other@test.local');
  await page.goto('/exams/test-exam');
  const dateSection = page.getByRole('region', { name: 'Exam date' });

  // A date in the past is refused with its reason, and nothing is saved.
  await dateSection.getByLabel('When is your exam?').fill(inDays(-3));
  await dateSection.getByRole('button', { name: 'Plan to this date' }).click();
  await expect(dateSection.getByText('Your exam date cannot be in the past.')).toBeVisible();

  const examDate = inDays(21);
  await dateSection.getByLabel('When is your exam?').fill(examDate);
  await dateSection.getByRole('button', { name: 'Plan to this date' }).click();
  await expect(dateSection).toContainText(`Your exam date: ${examDate}`);
  await expectNoSeriousA11yViolations(page);

  await dateSection.getByRole('link', { name: 'Today’s plan is on your dashboard' }).click();
  const plan = page.getByRole('region', { name: 'Today’s plan' });
  await expect(plan).toContainText('21 days to your exam');
  await expect(plan).toContainText(examDate);
  // What is left today depends on what this learner already did today (other tests study too).
  await expect(plan).toContainText(
    /Practise \d+ new questions?|Review \d+ due cards?|Nothing left for today/,
  );
  await expect(plan).toContainText(/On track\.|Behind/);
  await expectNoSeriousA11yViolations(page);

  // The date can be removed again: the dashboard then offers to set one.
  await page.goto('/exams/test-exam');
  await dateSection.getByRole('button', { name: 'Remove date' }).click();
  await expect(dateSection.getByLabel('When is your exam?')).toBeVisible();
});
