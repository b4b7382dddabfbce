import { expect, test } from '@playwright/test';

test('a visitor browses the catalog and opens an exam', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Pass your IT certification');
  await page.getByRole('link', { name: /browse 4 exams/i }).click();

  await expect(page).toHaveURL(/\/exams$/);
  await expect(page.getByRole('heading', { name: 'Exam catalog' })).toBeVisible();
  const cards = page.getByRole('list', { name: 'Exams' }).getByRole('listitem');
  await expect(cards).toHaveCount(4);

  await page.getByRole('link', { name: 'Test Certification Exam' }).click();
  await expect(page).toHaveURL(/\/exams\/test-exam$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Test Certification Exam' })).toBeVisible();
  await expect(page.getByText('TST-100').first()).toBeVisible();
  await expect(page.getByText('30 min')).toBeVisible();
  await expect(page.getByText('70%', { exact: true })).toBeVisible();

  const objectives = page.getByRole('table');
  await expect(objectives.getByRole('row')).toHaveCount(3);
  await expect(objectives.getByRole('row', { name: /Test objective one/ })).toContainText('60%');
  await expect(objectives.getByRole('row', { name: /Test objective one/ })).toContainText('10');
  await expect(objectives.getByRole('row', { name: /Test objective two/ })).toContainText('40%');
});

test('an unknown exam shows a real 404 page', async ({ page }) => {
  const response = await page.goto('/exams/no-such-exam');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Browse exams' }).click();
  await expect(page).toHaveURL(/\/exams$/);
});

test('the health endpoint reports a migrated, reachable database', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.status).toBe('ok');
  expect(body.database.reachable).toBe(true);
  expect(typeof body.database.latencyMs).toBe('number');
  expect(body.migrations.pending).toBe(0);
  expect(body.migrations.applied).toBeGreaterThanOrEqual(5);
});
