import { expect, test, type Page } from '@playwright/test';
import { signIn, signOut, startMockExam } from './helpers';

// The question bank studio, driven as a moderator. Data written here stays away from what the
// other specs count on: the edit changes one stem word of a Quick Timed Exam question (options
// untouched), imports go in as drafts (never drawn into attempts), and the learner's mock exam is
// submitted without answers (no review cards, no answers on the dashboard).

/** A word only this run writes, so searches find this run's questions and nothing else. */
const stamp = () => `e2e${Date.now().toString(36)}`;

async function searchQuestions(page: Page, text: string, exam?: string) {
  await page.goto('/studio/questions');
  const search = page.getByRole('search');
  if (exam) await search.getByLabel('Exam').selectOption({ label: exam });
  await search.getByLabel('Search title, stem, options and explanation').fill(text);
  await search.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]q=${text.replace(/ /g, '\\+')}`));
}

test('a moderator edits a question: a new version, with the changed word shown removed and added', async ({
  page,
}) => {
  await signIn(page, 'moderator@test.local');
  await page.getByRole('link', { name: 'Studio' }).click();
  await page.getByRole('navigation', { name: 'Studio' }).getByRole('link', { name: 'Questions' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Questions' })).toBeVisible();

  await searchQuestions(page, 'Test question 5', 'TST-001 — Quick Timed Exam');
  const rows = page.getByRole('table', { name: 'Questions' }).getByRole('row');
  await expect(rows).toHaveCount(2); // the header and the one question
  await rows.getByRole('link', { name: /^Test question 5 \(objective 1\)/ }).click();

  await expect(page).toHaveURL(/\/studio\/questions\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name: /Edit question/ })).toBeVisible();
  const intro = page.getByText(/^Version \d+\. Saving writes a new version/);
  const version = Number(/^Version (\d+)\./.exec(await intro.innerText())?.[1]);
  expect(version).toBeGreaterThanOrEqual(1);

  // Change the last word of the stem ("correct?" ↔ "right?", so a second run changes it back).
  const stem = page.getByLabel('Question (markdown)');
  const before = await stem.inputValue();
  const oldWord = before.split(/\s+/).at(-1)!;
  const newWord = oldWord === 'correct?' ? 'right?' : 'correct?';
  const after = `${before.slice(0, before.length - oldWord.length)}${newWord}`;
  await stem.fill(after);
  // The preview renders the text as learners will see it, before anything is saved.
  await expect(page.getByRole('region', { name: 'Preview' })).toContainText(after);
  await page
    .getByRole('form', { name: 'Question editor' })
    .getByRole('button', { name: 'Save new version' })
    .click();

  // Saved: the page now shows the next version, the editor holds the new stem.
  await expect(page.getByText(`Version ${version + 1}. Saving writes a new version`)).toBeVisible();
  await expect(page.getByText(`Saved as version ${version + 1}.`)).toBeVisible();
  await expect(page.getByLabel('Question (markdown)')).toHaveValue(after);

  const history = page.getByRole('list', { name: 'Version history' });
  const entry = (n: number) =>
    history.getByRole('listitem').filter({ has: page.getByText(`Version ${n}`, { exact: true }) });
  await expect(entry(version + 1)).toContainText('current');
  await expect(entry(version + 1)).toContainText('Test Moderator');
  // The diff of the stem: the old word struck out, the new one inserted, the rest unchanged.
  await expect(entry(version + 1)).toContainText('Question:');
  await expect(entry(version + 1).getByRole('deletion')).toHaveText(oldWord);
  await expect(entry(version + 1).getByRole('insertion')).toHaveText(newWord);
  // The version before stays in the history and can be restored.
  await expect(entry(version)).not.toContainText('current');
  await expect(entry(version).getByRole('button', { name: `Restore v${version}` })).toBeVisible();

  // The list shows the new stem and version too.
  await searchQuestions(page, 'Test question 5', 'TST-001 — Quick Timed Exam');
  const row = page.getByRole('table', { name: 'Questions' }).getByRole('row', { name: /Test question 5/ });
  await expect(row.getByRole('link')).toHaveText(after);
  await expect(row).toContainText(`v${version + 1}`);
});

test('a moderator imports GIFT: the dry run names the bad line and writes nothing, the fixed file imports', async ({
  page,
  context,
}) => {
  const word = stamp();
  const gift = (secondAnswers: string) =>
    [
      '// [tag:difficulty:3]',
      `::E2E good ${word}:: Which port does HTTPS use by default (${word})? {`,
      '=443',
      '~80',
      '~22',
      '}',
      '',
      `::E2E bad ${word}:: Which port does SSH use by default (${word})? {`,
      secondAnswers,
      '}',
      '',
    ].join('\n');
  // Line 8 is a multiple choice with no right answer (no "=", no positive weight).
  const broken = gift('~22\n~80\n~443');
  const fixed = gift('=22\n~80\n~443');

  await signIn(page, 'moderator@test.local');
  // A second tab on the question list, to check what is in the bank while the import form keeps its text.
  const bank = await context.newPage();

  await page.goto('/studio');
  await page
    .getByRole('navigation', { name: 'Studio' })
    .getByRole('link', { name: 'Import / export' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import and export' })).toBeVisible();
  const form = page.getByRole('form', { name: 'Import questions' });
  await form.getByLabel('Exam').selectOption({ label: 'Test Certification Exam' });
  await form.getByLabel('Objective').selectOption({ label: '1 — Test objective one' });
  await expect(form.getByLabel('Format')).toHaveValue('gift');
  await form.getByLabel('…or paste the questions').fill(broken);
  await form.getByLabel('Import as drafts (not drawn until activated)').check();

  // Dry run of the broken file: blocked, and the problem names line 8 and the question.
  await form.getByRole('button', { name: 'Dry run' }).click();
  const result = page.getByRole('region', { name: 'Import result' });
  await expect(result.getByRole('alert')).toHaveText(/Nothing will be imported: fix the 1 error below/);
  const problem = result.getByRole('listitem').filter({ hasText: /^Line 8:/ });
  await expect(problem).toHaveText(`Line 8: Question "E2E bad ${word}" has no correct option`);
  await expect(result.getByRole('listitem')).toHaveCount(1);

  // Nothing was written: not even the good question of the file.
  await searchQuestions(bank, word);
  await expect(bank.getByRole('heading', { name: 'No questions match' })).toBeVisible();

  // Importing the broken file anyway is refused as a whole.
  await form.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(result.getByRole('alert')).toHaveText(/Nothing was imported: fix the 1 error below/);
  await bank.reload();
  await expect(bank.getByRole('heading', { name: 'No questions match' })).toBeVisible();

  // Fix line 9 (make 22 the right answer); the text typed so far is still there to edit.
  await expect(form.getByLabel('…or paste the questions')).toHaveValue(broken);
  await form.getByLabel('…or paste the questions').fill(fixed);
  await form.getByRole('button', { name: 'Dry run' }).click();
  await expect(result.getByRole('status')).toHaveText(
    'Dry run: 2 questions would be created in Test Certification Exam. Nothing was written.',
  );
  await expect(result.getByText('pasted text')).toBeVisible();
  await expect(result.getByRole('heading', { name: 'Problems' })).toHaveCount(0);
  const planned = result.getByRole('table').getByRole('row');
  await expect(planned).toHaveCount(3);
  await expect(planned.nth(1)).toContainText(`Which port does HTTPS use by default (${word})?`);
  await expect(planned.nth(1)).toContainText('3 (1 correct)');
  await expect(planned.nth(2)).toContainText(`Which port does SSH use by default (${word})?`);
  await bank.reload();
  await expect(bank.getByRole('heading', { name: 'No questions match' })).toBeVisible();

  await form.getByRole('button', { name: 'Import', exact: true }).click();
  const success = result.getByRole('status').filter({ hasText: 'Imported' });
  await expect(success).toHaveText(
    'Imported 2 questions into Test Certification Exam as drafts. See the imported drafts',
  );
  await expect(success.getByRole('link', { name: 'See the imported drafts' })).toHaveAttribute(
    'href',
    /\/studio\/questions\?exam=\d+&status=draft$/,
  );

  // Both questions are in the bank now, as drafts of objective 1, found by a search.
  await bank.reload();
  const found = bank.getByRole('table', { name: 'Questions' }).getByRole('row').filter({ hasText: word });
  await expect(found).toHaveCount(2);
  // The difficulty tag of the first question was read; the second has the default.
  for (const [port, difficulty] of [
    ['HTTPS', 'Hard'],
    ['SSH', 'Medium'],
  ]) {
    const row = found.filter({ hasText: `Which port does ${port} use` });
    await expect(row).toContainText('TST-100 · 1');
    await expect(row).toContainText('draft');
    await expect(row).toContainText(difficulty!);
    await expect(row).toContainText('v1');
  }
  // The imported question opens in the editor with its options and the right answer.
  await found.filter({ hasText: 'Which port does SSH use' }).getByRole('link').click();
  await expect(bank.getByRole('heading', { level: 1, name: /Edit question/ })).toBeVisible();
  await expect(bank.getByLabel('Question (markdown)')).toHaveValue(
    `Which port does SSH use by default (${word})?`,
  );
  await expect(bank.getByRole('button', { name: 'Activate draft' })).toBeVisible();
  await expect(
    bank.getByRole('region', { name: 'Preview' }).getByRole('listitem').filter({ hasText: 'Correct' }),
  ).toHaveText(/^A\.\s*22\s*Correct$/);
});

test('a learner reports a problem, a moderator resolves it with a reply, and the learner reads the reply', async ({
  page,
}) => {
  const details = `The stem says "which option" but two look right (${stamp()}).`;
  const reply = `Thanks! Only one option is right; the stem now says so (${stamp()}).`;

  // The learner: a mock exam submitted at once, then "Report a problem" under question 1 of the review.
  await signIn(page, 'learner@test.local');
  await startMockExam(page);
  await expect(page.getByRole('heading', { name: 'Question 1 of 10' })).toBeVisible();
  await page.getByRole('button', { name: 'Submit exam' }).click();
  const dialog = page.getByRole('dialog', { name: 'Submit your exam?' });
  await dialog.getByRole('button', { name: 'Submit exam' }).click();
  await expect(page).toHaveURL(/\/attempts\/[0-9a-f-]{36}\/result$/);

  const card = page
    .getByRole('list', { name: 'Questions' })
    .getByRole('article', { name: 'Question 1', exact: true });
  const stem = /Test question \d+ \(objective \d\): which option is correct\?/.exec(
    await card.innerText(),
  )?.[0];
  expect(stem).toBeTruthy();
  await card.getByRole('button', { name: 'Report a problem' }).click();
  const reportForm = card.getByRole('form', { name: 'Report a problem with this question' });
  // No reason is preselected: sending without one is refused with a clear error, the details kept.
  await expect(reportForm.getByRole('radio', { checked: true })).toHaveCount(0);
  await reportForm.getByLabel(/^Details/).fill(details);
  await reportForm.getByRole('button', { name: 'Send report' }).click();
  await expect(reportForm.getByText('Choose what is wrong with the question.')).toBeVisible();
  await expect(reportForm.getByLabel(/^Details/)).toHaveValue(details);
  await reportForm.getByRole('radio', { name: 'The question is unclear' }).check();
  await reportForm.getByRole('button', { name: 'Send report' }).click();
  await expect(card.getByRole('status')).toContainText('Thanks — a moderator will look at it.');

  // The learner's reports list it, waiting for a moderator.
  await card.getByRole('link', { name: 'your reports' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My reports' })).toBeVisible();
  const mine = page.getByRole('listitem').filter({ hasText: details });
  await expect(mine).toContainText(stem!);
  await expect(mine).toContainText('waiting for a moderator');
  await signOut(page);

  // The moderator: the open report in the queue, answered with a reply.
  await signIn(page, 'moderator@test.local');
  await page.goto('/studio');
  await page
    .getByRole('navigation', { name: 'Studio' })
    .getByRole('link', { name: /^Reports/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Learner reports' })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Report status' }).getByRole('link', { name: 'open' }),
  ).toHaveAttribute('aria-current', 'page');
  const open = page.getByRole('listitem').filter({ hasText: details });
  await expect(open).toContainText(stem!);
  await expect(open).toContainText('The question is unclear');
  await expect(open).toContainText('Test Learner');
  await open.getByLabel('Reply to the learner').fill(reply);
  await open.getByRole('button', { name: 'Resolve' }).click();
  // Answered reports leave the open queue and show, with the reply, under "resolved".
  await expect(open).toHaveCount(0);
  await page
    .getByRole('navigation', { name: 'Report status' })
    .getByRole('link', { name: 'resolved' })
    .click();
  const resolved = page.getByRole('listitem').filter({ hasText: details });
  await expect(resolved).toContainText('resolved');
  await expect(resolved).toContainText(`Reply by Test Moderator: ${reply}`);
  await signOut(page);

  // The learner finds the reply through Account → My reports.
  await signIn(page, 'learner@test.local');
  // Both ways to the learner's reports: the main navigation, and the link on the account page.
  await page.getByRole('link', { name: 'Account' }).click();
  await page.getByRole('main').getByRole('link', { name: 'My reports' }).click();
  await expect(page).toHaveURL(/\/reports$/);
  const answered = page.getByRole('listitem').filter({ hasText: details });
  await expect(answered).toContainText('resolved');
  await expect(answered).not.toContainText('waiting for a moderator');
  await expect(answered).toContainText(`Moderator’s reply: ${reply}`);
});
