import { expect, test, type Locator, type Page } from '@playwright/test';
import { chooseAnswer, signIn } from './helpers';

/** One of the dashboard's figures: a term (first, so the text starts with it) and its values in a `dl`. */
const figureOf = (scope: Locator | Page, name: string) =>
  scope.locator('dl > div').filter({ hasText: new RegExp(`^${name}`) });

/** A number shown in one of the dashboard's labelled figures (0 when the figure is absent). */
async function figure(scope: Locator, name: string): Promise<number> {
  const group = figureOf(scope, name);
  if ((await group.count()) === 0) return 0;
  const match = (await group.innerText()).replace(/,/g, '').match(/\d+/);
  return match ? Number(match[0]) : 0;
}

/** The "N of M reviewed today" count of the review page. */
async function reviewedSoFar(counter: Locator): Promise<number> {
  return Number(/(\d+) of \d+ reviewed today/.exec(await counter.innerText())?.[1]);
}

const examSection = (page: Page) => page.getByRole('region', { name: /Test Certification Exam/ });

test('practice with mistakes shows on the dashboard, and reviewing the due cards empties today', async ({
  page,
}) => {
  await signIn(page, 'learner@test.local');

  // Where the learner stands now (other tests of this run may have studied already).
  await page.goto('/dashboard');
  await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
  const answersBefore = await figure(examSection(page), 'Answers');

  // A practice session of 4 questions through the exam-taking UI: two wrong, two right.
  await page.goto('/exams/test-exam');
  const form = page.getByRole('form', { name: 'Start a practice session' });
  await form.getByLabel('Number of questions').fill('4');
  await form.getByRole('button', { name: 'Start practice' }).click();
  await expect(page.getByRole('heading', { name: 'Question 1 of 4' })).toBeVisible();
  for (const [index, right] of [false, false, true, true].entries()) {
    await chooseAnswer(page, right);
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(page.getByRole('region', { name: 'Answer feedback' })).toContainText(
      right ? 'Correct' : 'Incorrect',
    );
    if (index < 3) await page.getByRole('button', { name: 'Next' }).click();
  }
  await page.getByRole('button', { name: 'Finish', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Finish session' }).click();
  await expect(page).toHaveURL(/\/result$/);

  // The dashboard counts the four answers, the two misses are due today, and the streak runs.
  await page.goto('/dashboard');
  const exam = examSection(page);
  await expect(exam.getByRole('heading', { name: /Test Certification Exam/ })).toBeVisible();
  expect(await figure(exam, 'Answers')).toBe(answersBefore + 4);
  expect(await figure(exam, 'Due today')).toBeGreaterThanOrEqual(2);
  const due = await figure(page.locator('main'), 'Reviews due today');
  expect(due).toBeGreaterThanOrEqual(2);
  await expect(figureOf(page, 'Study streak')).toContainText('You studied today.');
  await expect(
    exam
      .getByRole('region', { name: 'Mastery by objective' })
      .getByRole('button', { name: /^Practice this objective/ }),
  ).toHaveCount(2);
  await expect(exam.getByRole('region', { name: 'Readiness' })).toBeVisible();
  await exam.getByText('Scores as a table').click();
  await expect(
    exam
      .getByRole('table')
      .getByRole('row', { name: /Practice/ })
      .first(),
  ).toBeVisible();

  // Review now: answer every due card right and rate it Good; nothing is left to go.
  await page.getByRole('link', { name: 'Review now' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Daily review' })).toBeVisible();
  const counter = page.getByRole('status', { name: 'Progress today' });
  await expect(counter).toContainText(`${due} to go`);
  const start = await reviewedSoFar(counter);
  for (let reviewed = 0; reviewed < due; reviewed += 1) {
    const card = page.getByRole('article', { name: 'Review card' });
    await chooseAnswer(card, true);
    await card.getByRole('button', { name: 'Check answer' }).click();
    await expect(card.getByRole('region', { name: 'Answer feedback' })).toContainText('Correct');
    await card.getByRole('button', { name: /^Good\b.*next review/ }).click();
    await expect(counter).toContainText(`${start + reviewed + 1} of ${start + due} reviewed today`);
    await expect(counter).toContainText(`${due - reviewed - 1} to go`);
  }
  await expect(page.getByRole('heading', { name: 'All caught up for today' })).toBeVisible();
  await expect(counter).toContainText('0 to go');

  await page.goto('/dashboard');
  await expect(figureOf(page, 'Reviews due today')).toContainText('Nothing due');
  expect(await figure(page.locator('main'), 'Reviews due today')).toBe(0);
});

test('a missed review card comes back today, and a card can be suspended', async ({ page }) => {
  await signIn(page, 'learner@test.local');
  // One more practice question, answered wrong: one card due today.
  await page.goto('/exams/test-exam');
  const form = page.getByRole('form', { name: 'Start a practice session' });
  await form.getByLabel('Number of questions').fill('1');
  await form.getByRole('button', { name: 'Start practice' }).click();
  await chooseAnswer(page, false);
  await page.getByRole('button', { name: 'Check answer' }).click();
  await page.getByRole('button', { name: 'Finish', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Finish session' }).click();
  await expect(page).toHaveURL(/\/result$/);

  await page.goto('/review');
  const counter = page.getByRole('status', { name: 'Progress today' });
  await expect(counter).toContainText('1 to go');
  const start = await reviewedSoFar(counter);
  const card = page.getByRole('article', { name: 'Review card' });
  // Wrong again and rated Again: due again in 10 minutes, so still today's work.
  await chooseAnswer(card, false);
  await card.getByRole('button', { name: 'Check answer' }).click();
  await expect(card.getByRole('region', { name: 'Answer feedback' })).toContainText('Incorrect');
  const again = card.getByRole('button', { name: /^Again\b.*next review in 10 minutes \(suggested\)$/ });
  await expect(again).toContainText('<10m');
  await again.click();
  await expect(page.getByText('Saved: Again · next review in 10 minutes.')).toBeVisible();
  await expect(counter).toContainText(`${start + 1} of ${start + 2} reviewed today`);
  await expect(counter).toContainText('1 to go');

  // It comes back; suspend it, and today is empty.
  await card.getByRole('button', { name: 'Suspend card' }).click();
  await expect(page.getByText('Card suspended')).toBeVisible();
  await expect(counter).toContainText('0 to go');
  // Undo brings it back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(counter).toContainText('1 to go');
  await expect(page.getByRole('article', { name: 'Review card' })).toBeVisible();
});

test('one click on "Practice this objective" starts a practice session of it', async ({ page }) => {
  await signIn(page, 'learner@test.local');
  await page.goto('/dashboard');
  const mastery = examSection(page).getByRole('region', { name: 'Mastery by objective' });
  await mastery.getByRole('button', { name: 'Practice this objective: Test objective two' }).click();
  await expect(page).toHaveURL(/\/attempts\/[0-9a-f-]{36}/);
  await expect(page.getByRole('heading', { name: 'Question 1 of 10' })).toBeVisible();
  await expect(page.getByText('2 Test objective two')).toBeVisible();
});

test('the dashboard is for signed-in learners only', async ({ page }) => {
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard/);
  const response = await page.request.get('/dashboard/data?tz=UTC');
  expect(response.status()).toBe(401);
  expect((await page.request.get('/api/review/queue?tz=UTC')).status()).toBe(401);
});
