import { expect, test } from '@playwright/test';
import { signIn } from './helpers';

test('every page carries a nonce CSP and security headers, and hydrates without CSP violations', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto('/');
  const headers = response!.headers();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  for (const directive of [
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ])
    expect(csp).toContain(directive);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['x-powered-by']).toBeUndefined();

  // Two requests, two nonces.
  const again = await page.request.get('/');
  expect(again.headers()['content-security-policy']).not.toBe(csp);

  // Client components work under the policy: the sign-in form submits through next-auth's client.
  await signIn(page, 'moderator@test.local');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Exams' }).click();
  await expect(page.getByRole('heading', { name: 'Exam catalog' })).toBeVisible();
  expect(violations).toEqual([]);
});

test('a public page served from the page cache hydrates under its own nonce', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.goto('/exams');
  const cached = await page.goto('/exams');
  expect(cached!.headers()['x-page-cache']).toBe('hit');
  expect(cached!.headers()['content-encoding']).toBe('gzip');
  // A client-side navigation keeps the window's state; only a hydrated page does one.
  await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
  await page.getByRole('list', { name: 'Exams' }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/exams\/[a-z0-9-]+$/);
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
  expect(violations).toEqual([]);
});
