import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, expectNoSidewaysScroll } from './a11y';
import { chooseAnswer, signInNewLearner } from './helpers';

test('a new learner takes the diagnostic offered on the exam page and sees it marked as such', async ({
  page,
}) => {
  await signInNewLearner(
    page,
    `diagnostic-${Date.now()}@example.test`,
    'Dee Diagnostic',
    'a sturdy passphrase',
  );
  await page.goto('/exams/test-exam');

  // First visit: the diagnostic leads the page.
  const offer = page.getByRole('region', { name: /Take a \d+-minute diagnostic/ });
  await expect(offer).toBeVisible();
  await expect(offer).toContainText('New to this exam?');
  await expectNoSeriousA11yViolations(page, 'exam page, first visit');
  await expectNoSidewaysScroll(page);
  await offer.getByRole('button', { name: /Take the \d+-minute diagnostic/ }).click();

  // The runner: timed, marked Diagnostic; answer every question (the first one wrong).
  await expect(page).toHaveTitle(/Question 1 of \d+/);
  const total = Number(/Question 1 of (\d+)/.exec(await page.title())![1]);
  expect(total).toBeGreaterThan(1);
  expect(total).toBeLessThanOrEqual(20);
  await expect(page.getByText('Diagnostic', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('timer')).toBeVisible();
  for (let index = 0; index < total; index += 1) {
    await chooseAnswer(page, index > 0);
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(page.getByRole('region', { name: 'Answer feedback' })).toBeVisible();
    if (index < total - 1) await page.getByRole('button', { name: 'Next' }).click();
  }
  await page.getByRole('button', { name: 'Finish', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Finish session' }).click();

  // The result says what it was, and (not a mock, and fewer than 20 learners) no percentile.
  await expect(page).toHaveURL(/\/result$/);
  await expect(page.getByText('Diagnostic result')).toBeVisible();
  await expect(page.getByText(`${total - 1} of ${total}`).first()).toBeVisible();
  await expect(page.getByText(/Better than \d+% of learners/)).toHaveCount(0);
  await expect(page.getByText(/How you compare with other learners/)).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'diagnostic result');

  // History marks it; the exam page now offers it again, below the ways to study.
  await page.goto('/history');
  const row = page.getByRole('row').filter({ hasText: 'Diagnostic' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(`${total - 1}/${total}`);
  await page.goto('/exams/test-exam');
  await expect(page.getByText('New to this exam?')).toHaveCount(0);
  const later = page.getByRole('region', { name: 'Diagnostic test' });
  await expect(later.getByRole('button', { name: 'Take the diagnostic again' })).toBeVisible();

  // Its answers count as progress: the dashboard lists the exam with what was seen.
  await page.goto('/dashboard');
  await expect(page.getByRole('heading', { name: /Test Certification Exam/ }).first()).toBeVisible();
  await expect(page.getByText(new RegExp(`${total} / \\d+`)).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'dashboard after the diagnostic');
});
