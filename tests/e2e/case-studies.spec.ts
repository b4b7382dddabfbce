import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, expectNoSidewaysScroll } from './a11y';
import { signIn, signInNewLearner, startMockExam, submitMock, TEST_PASSWORD } from './helpers';

// The case exam (database/seeds/test/exams.ts): a mock of 5 holds the case study "Test case study"
// (its "Case question 1…3", right answer "Case answer B n") and two standalone test questions.

const banner = (page: Page) => page.getByRole('region', { name: 'Case study' });
const scenarioDialog = (page: Page) => page.getByRole('dialog', { name: 'Test case study' });

/** Answers every question right; meets the case section once, opening its scenario by keyboard. */
async function takeTheMock(page: Page, phone: boolean) {
  let seen = 0;
  for (let n = 1; n <= 5; n += 1) {
    await expect(page.getByRole('heading', { name: `Question ${n} of 5` })).toBeVisible();
    if (await banner(page).isVisible()) {
      seen += 1;
      await expect(banner(page)).toContainText('Case study: Test case study');
      await expect(banner(page)).toContainText(`Question ${seen} of 3 in this case`);
      if (seen === 1) {
        const open = banner(page).getByRole('button', { name: 'Scenario' });
        await open.focus();
        await page.keyboard.press('Enter');
        await expect(scenarioDialog(page)).toBeVisible();
        await expect(scenarioDialog(page)).toContainText('Fact 1: the answer to case question 1 is B.');
        // The scenario's exhibit follows it in the same dialog.
        await expect(scenarioDialog(page).getByText('Exhibit 1: Case facts')).toBeVisible();
        await expect(scenarioDialog(page).getByRole('table')).toContainText('Answer');
        if (phone) {
          const box = (await scenarioDialog(page).boundingBox())!;
          expect(box.width).toBeGreaterThanOrEqual(389);
          expect(box.height).toBeGreaterThanOrEqual(843);
        }
        await expectNoSeriousA11yViolations(page, 'the scenario dialog');
        // Letter keys answer questions; while the scenario is open they must not.
        await page.keyboard.press('a');
        await page.keyboard.press('Escape');
        await expect(scenarioDialog(page)).toBeHidden();
        await expect(open).toBeFocused();
        await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
        await expectNoSeriousA11yViolations(page, 'the runner in a case study');
      }
      await page.getByRole('radio', { name: /Case answer B/ }).check();
    } else {
      // Past the case, the section has ended: its three questions came in a row.
      expect([0, 3]).toContain(seen);
      await page.getByRole('radio', { name: /Right answer/ }).check();
    }
    if (n < 5) await page.getByRole('button', { name: 'Next', exact: true }).click();
  }
  expect(seen).toBe(3);
}

async function submitAndReview(page: Page) {
  await submitMock(page);
  await expect(page.getByText('5 of 5 correct')).toBeVisible();
  await expect(page.getByText('Case study: Test case study')).toHaveCount(3);
  await page.getByRole('button', { name: 'Scenario' }).first().click();
  await expect(scenarioDialog(page)).toContainText('Fact 2');
  await page.keyboard.press('Escape');
  await expect(scenarioDialog(page)).toBeHidden();
  await expectNoSeriousA11yViolations(page, 'the result review with a case study');
}

test.describe('desktop', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('a learner meets the case section in a mock, reads the scenario and sees it in the review', async ({
    page,
  }) => {
    await signInNewLearner(page, `case-desktop-${Date.now()}@test.local`, 'Case Learner', TEST_PASSWORD);
    await startMockExam(page, 'case-exam');
    // The navigator marks the case's questions.
    await expect(page.getByRole('button', { name: /case study Test case study/ })).toHaveCount(3);
    await takeTheMock(page, false);
    await submitAndReview(page);
  });

  test('a moderator writes a case study with its preview', async ({ page }) => {
    await signIn(page, 'moderator@test.local');
    await page.goto('/studio');
    await page.getByRole('link', { name: 'Case Study Exam' }).first().click();
    await page.getByRole('link', { name: 'case studies' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Case studies' })).toBeVisible();
    await expect(page.getByRole('rowheader', { name: 'Test case study' })).toBeVisible();
    const form = page.getByRole('form', { name: 'Case study' });
    await form.getByLabel('Title').fill('Fabrikam opens a branch');
    await form
      .getByLabel('Scenario', { exact: true })
      .fill('## Site\n\nFabrikam opens a **branch** with 60 staff.');
    await expect(
      page.getByRole('region', { name: 'Scenario preview' }).getByRole('heading', { name: 'Site' }),
    ).toBeVisible();
    // The question editor's exhibit list, under the scenario.
    await form.getByRole('button', { name: '+ Add code or log' }).click();
    await form.getByLabel('Title of exhibit 1').fill('Branch router log');
    await form.getByLabel('Code or log', { exact: true }).fill('%LINK-3-UPDOWN: Gi0/1 down');
    await expectNoSeriousA11yViolations(page, 'the case studies page');
    await form.getByRole('button', { name: 'Create case study' }).click();
    await expect(page).toHaveURL(/\/studio\/cases\/\d+\?saved=1$/);
    await expect(page.getByText('Case study created.')).toBeVisible();
    await expect(page.getByLabel('Title of exhibit 1')).toHaveValue('Branch router log');
    await expect(page.getByText('No questions yet')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'a case study page');
  });
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the case section works on a 390 px screen, the scenario full screen', async ({ page }) => {
    await signInNewLearner(page, `case-phone-${Date.now()}@test.local`, 'Case Phone', TEST_PASSWORD);
    await startMockExam(page, 'case-exam');
    await takeTheMock(page, true);
    await expectNoSidewaysScroll(page);
    await submitAndReview(page);
    await expectNoSidewaysScroll(page);
  });
});
