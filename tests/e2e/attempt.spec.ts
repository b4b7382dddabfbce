import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, expectNoSidewaysScroll } from './a11y';
import { setAttemptDeadline, signIn, startMockExam } from './helpers';

// The test exams' options say what they are: "Right answer B to question 7", "Wrong answer A …".
async function answer(page: Page, right: boolean) {
  await expect(page.getByRole('radio').or(page.getByRole('checkbox')).first()).toBeVisible();
  const pattern = right ? /Right answer/ : /Wrong answer/;
  const matching = page
    .getByRole('radio', { name: pattern })
    .or(page.getByRole('checkbox', { name: pattern }));
  const count = right ? await matching.count() : 1;
  for (let i = 0; i < count; i += 1) await matching.nth(i).check();
}

const saved = (page: Page) => page.getByRole('status').filter({ hasText: /^Saved$/ });

test.use({ viewport: { width: 1280, height: 900 } });

test('a learner takes a mock exam: answers, flags, reloads, answers offline, submits and reviews', async ({
  page,
  context,
}) => {
  // axe runs four times in this test; on a busy machine each scan takes a while.
  test.setTimeout(180_000);
  await signIn(page, 'learner@test.local');
  await startMockExam(page);

  await expect(page).toHaveURL(/\/attempts\/[0-9a-f-]{36}/);
  await expect(page.getByRole('heading', { level: 1, name: 'Test Certification Exam' })).toBeVisible();
  await expect(page.getByRole('timer')).toHaveText(/^(30:00|29:\d\d)$/);
  await expect(page.getByRole('heading', { name: 'Question 1 of 10' })).toBeVisible();

  // 1: right, by clicking. 2: flagged with F, answered wrong. 3: right. Moving with N and the Next button.
  await answer(page, true);
  await expect(saved(page)).toBeVisible();
  await page.keyboard.press('n');
  await expect(page.getByRole('heading', { name: 'Question 2 of 10' })).toBeVisible();
  await page.keyboard.press('f');
  await expect(page.getByRole('button', { name: 'Flagged for review' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await answer(page, false);
  await page.getByRole('button', { name: 'Next' }).click();
  await answer(page, true);
  await expect(saved(page)).toBeVisible();

  // A reload finds everything as it was: the same question, answers and flag.
  await page.reload();
  await expect(page).toHaveURL(/\?q=3$/);
  await expect(page.getByRole('heading', { name: 'Question 3 of 10' })).toBeVisible();
  const grid = page.getByRole('navigation', { name: 'Questions' });
  await expect(grid.getByRole('button', { name: 'Question 1, answered', exact: true })).toBeVisible();
  await expect(
    grid.getByRole('button', { name: 'Question 2, answered, flagged', exact: true }),
  ).toBeVisible();
  await expect(
    grid.getByRole('button', { name: 'Question 3, answered, current', exact: true }),
  ).toBeVisible();
  await expect(grid.getByRole('button', { name: 'Question 4, unanswered', exact: true })).toBeVisible();
  const chosen = page.getByRole('radio', { checked: true }).or(page.getByRole('checkbox', { checked: true }));
  await expect(chosen.first()).toHaveAccessibleName(/Right answer/);
  await expect(page).toHaveTitle('Question 3 of 10 · Test Certification Exam mock exam · PingToPass');
  await expectNoSidewaysScroll(page);
  await expectNoSeriousA11yViolations(page, 'the runner (1280)');

  // Offline: the answer is kept on this device, and sent when the connection comes back.
  await page.keyboard.press('n');
  await context.setOffline(true);
  await answer(page, true);
  await expect(page.getByText('Offline — answers kept on this device')).toBeVisible();
  await context.setOffline(false);
  await expect(saved(page)).toBeVisible();
  await page.reload();
  await expect(
    grid.getByRole('button', { name: 'Question 4, answered, current', exact: true }),
  ).toBeVisible();

  // Submit: the dialog lists what is unanswered and flagged.
  await page.getByRole('button', { name: 'Submit exam' }).click();
  const dialog = page.getByRole('dialog', { name: 'Submit your exam?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('You answered 4 of 10 questions.');
  await expect(dialog.getByRole('list', { name: 'Unanswered' }).getByRole('button')).toHaveCount(6);
  await expect(
    dialog
      .getByRole('list', { name: 'Flagged for review' })
      .getByRole('button', { name: 'Go to question 2' }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'the submit dialog (1280)');
  await dialog.getByRole('button', { name: 'Submit exam' }).click();

  // The result: score, pass/fail, the breakdown by objective (6 + 4 questions), the review.
  await expect(page).toHaveURL(/\/attempts\/[0-9a-f-]{36}\/result$/);
  await expect(page.getByText('3 of 10 correct')).toBeVisible();
  await expect(page.getByText('FAIL', { exact: true })).toBeVisible();
  await expect(page.getByText('passing score 70%')).toBeVisible();
  await expect(page).toHaveTitle('Result · Test Certification Exam · PingToPass');
  await expectNoSeriousA11yViolations(page, 'the result page (1280)');
  const breakdown = page.getByRole('list', { name: 'Objectives, weakest first' }).getByRole('listitem');
  await expect(breakdown).toHaveCount(2);
  const labels = await breakdown.evaluateAll((items) =>
    items.map((item) => item.getAttribute('aria-label') ?? ''),
  );
  expect(labels.some((l) => /Test objective one: \d of 6 correct/.test(l))).toBe(true);
  expect(labels.some((l) => /Test objective two: \d of 4 correct/.test(l))).toBe(true);
  const percents = labels.map((l) => Number(/(\d+)%$/.exec(l)?.[1]));
  expect(percents[0]).toBeLessThanOrEqual(percents[1]!);

  const review = page.getByRole('list', { name: 'Questions' }).getByRole('article');
  await expect(review).toHaveCount(10);
  await expect(review.first()).toContainText('Explanation for test question');
  await expect(review.first().getByText('Correct answer').first()).toBeVisible();
  await page.getByRole('link', { name: /^Wrong/ }).click();
  await expect(page).toHaveURL(/filter=wrong/);
  await expect(review).toHaveCount(7);
  await page.getByRole('link', { name: /^Flagged/ }).click();
  await expect(review).toHaveCount(1);
  await expect(review.first().getByRole('heading', { name: 'Question 2' })).toBeVisible();
  await expect(review.first()).toContainText('Incorrect');

  // The history lists it; "practice my mistakes" starts a session of the 7 missed questions.
  await page.goto('/history');
  const row = page.getByRole('row', { name: /TST-100/ }).first();
  await expect(row).toContainText('30%');
  await expect(row).toContainText('FAIL');
  await row.getByRole('link', { name: /View result/ }).click();
  await page.getByRole('button', { name: 'Practice my mistakes (7)' }).click();
  await expect(page.getByRole('heading', { name: 'Question 1 of 7' })).toBeVisible();
});

test('a practice session shows the answer, the explanation and references right away', async ({ page }) => {
  await signIn(page, 'other@test.local');
  await page.goto('/exams/test-exam');
  const form = page.getByRole('form', { name: 'Start a practice session' });
  await form.getByLabel('Number of questions').fill('3');
  await form.getByRole('checkbox', { name: /Test objective two/ }).uncheck();
  await form.getByRole('button', { name: 'Start practice' }).click();

  await expect(page.getByRole('heading', { name: 'Question 1 of 3' })).toBeVisible();
  await expect(page.getByText('1 Test objective one')).toBeVisible();
  await answer(page, false);
  await page.getByRole('button', { name: 'Check answer' }).click();
  const feedback = page.getByRole('region', { name: 'Answer feedback' });
  await expect(feedback).toContainText('Incorrect');
  await expect(feedback).toContainText('Explanation for test question');
  await expect(feedback.getByRole('link', { name: 'Test reference' })).toHaveAttribute(
    'href',
    'https://example.com/reference',
  );
  await expect(page.getByText('Correct answer').first()).toBeVisible();
  // Final once checked: the options are locked.
  await expect(page.getByRole('radio').or(page.getByRole('checkbox')).first()).toBeDisabled();

  await page.getByRole('button', { name: 'Next' }).click();
  await answer(page, true);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Answer feedback' })).toContainText('Correct');

  await page.getByRole('button', { name: 'Finish', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Finish session' }).click();
  await expect(page).toHaveURL(/\/result$/);
  await expect(page.getByText('1 of 3 correct')).toBeVisible();
  await expect(page.getByText('Practice result')).toBeVisible();
});

test('a timed exam that runs out is submitted automatically', async ({ page }) => {
  await signIn(page, 'learner@test.local');
  await startMockExam(page, 'quick-exam');
  await expect(page.getByRole('heading', { name: 'Question 1 of 3' })).toBeVisible();
  // A one-minute exam starts inside the five-minute warning.
  await expect(page.getByRole('alert').filter({ hasText: '5 minutes left' })).toBeVisible();
  await answer(page, true);
  await expect(saved(page)).toBeVisible();

  // Instead of waiting out the minute, the server's deadline is moved to a few seconds from now
  // in the e2e database. The reloaded runner counts down to it and submits by itself, and the
  // server, past the deadline, closes the attempt as a timeout.
  const attemptId = /\/attempts\/([0-9a-f-]{36})/.exec(page.url())?.[1];
  expect(attemptId).toBeDefined();
  await setAttemptDeadline(attemptId!, Date.now() + 8_000);
  await page.reload();
  await expect(page.getByRole('timer')).toHaveText(/^0:0\d$/);

  await expect(page).toHaveURL(/\/result$/, { timeout: 20_000 });
  await expect(page.getByText('Time ran out — submitted automatically')).toBeVisible();
  await expect(page.getByText('1 of 3 correct')).toBeVisible();
});

const attemptIdOf = (url: string) => /\/attempts\/([0-9a-f-]{36})/.exec(url)?.[1] ?? '';

test.describe('on a phone (390 × 844, touch)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('a mock exam: sticky controls, the navigator sheet, strike-out kept through a reload, the submit sheet', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await signIn(page, 'other@test.local');
    await startMockExam(page);
    await expect(page.getByRole('heading', { name: 'Question 1 of 10' })).toBeVisible();
    await expect(page).toHaveTitle('Question 1 of 10 · Test Certification Exam mock exam · PingToPass');
    await expectNoSidewaysScroll(page);

    // Strike out option A by touch and option B with Shift+B; both survive a reload.
    const strikeA = page.getByRole('button', { name: 'Strike out A' });
    await strikeA.tap();
    await expect(strikeA).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Shift+B');
    await expect(page.getByRole('button', { name: 'Strike out B' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('button', { name: 'Strike out A' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('button', { name: 'Strike out B' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('button', { name: 'Strike out C' })).toHaveAttribute('aria-pressed', 'false');
    // Struck out is not answered: the question still counts as unanswered.
    await expect(
      page.getByRole('radio', { checked: true }).or(page.getByRole('checkbox', { checked: true })),
    ).toHaveCount(0);

    // The controls stay on screen while the page scrolls.
    const controls = page.getByRole('region', { name: 'Exam controls' });
    await page.mouse.wheel(0, 2000);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect(controls).toBeInViewport();
    await expect(controls.getByRole('timer')).toBeInViewport();
    await expect(controls.getByRole('button', { name: 'Submit exam' })).toBeInViewport();

    // The navigator is a sheet: labelled, focus inside, Escape closes it and focus goes back.
    const opener = controls.getByRole('button', { name: /^Questions, 0 of 10 answered/ });
    await opener.click();
    const sheet = page.getByRole('dialog', { name: 'Questions' });
    await expect(sheet).toBeVisible();
    await expect(sheet.locator(':focus')).toHaveCount(1);
    await expectNoSeriousA11yViolations(page, 'the runner with the navigator open (phone)');
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
    await expect(opener).toBeFocused();
    await opener.click();
    await sheet.getByRole('button', { name: 'Question 3, unanswered', exact: true }).click();
    await expect(sheet).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Question 3 of 10' })).toBeVisible();
    await expect(page).toHaveTitle('Question 3 of 10 · Test Certification Exam mock exam · PingToPass');
    await expectNoSeriousA11yViolations(page, 'the runner (phone)');

    // Starting the same mock again offers to resume it instead (one open mock per exam).
    const attemptId = attemptIdOf(page.url());
    await page.goto('/exams/test-exam');
    await expect(page.getByRole('button', { name: 'Start mock exam' })).toHaveCount(0);
    const resume = page.getByRole('link', { name: /^Resume mock exam \(started .+, (29|30) min left\)$/ });
    await resume.click();
    await expect(page).toHaveURL(new RegExp(`/attempts/${attemptId}`));

    // The submit sheet fits the screen, its confirm button in reach at the bottom.
    await page
      .getByRole('region', { name: 'Exam controls' })
      .getByRole('button', { name: 'Submit exam' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Submit your exam?' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Keep working' })).toBeFocused();
    const confirm = dialog.getByRole('button', { name: 'Submit exam' });
    await expect(confirm).toBeInViewport({ ratio: 1 });
    const box = await dialog.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    expect(box!.y + box!.height).toBeLessThanOrEqual(844);
    await expectNoSeriousA11yViolations(page, 'the submit sheet (phone)');
    await confirm.click();

    await expect(page).toHaveURL(/\/result$/);
    await expect(page).toHaveTitle('Result · Test Certification Exam · PingToPass');
    await expect(page.getByText('0 of 10 correct')).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectNoSeriousA11yViolations(page, 'the result page (phone)');
  });
});

test('an unknown attempt says so in its title', async ({ page }) => {
  await signIn(page, 'other@test.local');
  await page.goto('/attempts/00000000-0000-4000-8000-000000000000');
  await expect(page.getByRole('heading', { name: 'Attempt not found' })).toBeVisible();
  await expect(page).toHaveTitle('Attempt not found · PingToPass');
  await page.goto('/attempts/00000000-0000-4000-8000-000000000000/result');
  await expect(page).toHaveTitle('Attempt not found · PingToPass');
});
