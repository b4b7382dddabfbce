import type { Locator, Page } from '@playwright/test';

/** Drags for the matching/ordering answers (dnd-kit), shared by the runner and review specs. */

async function centerOf(locator: Locator): Promise<{ x: number; y: number }> {
  await locator.scrollIntoViewIfNeeded();
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Scrolls so the middle between both ends sits mid-screen: dnd-kit scrolls the page by itself
 * while a finger or pointer rests within 20% of the screen's edge, which would move the target
 * under the drop (scrolling each end into view left the start at the bottom edge).
 */
async function bothInView(page: Page, from: Locator, to: Locator) {
  await from.scrollIntoViewIfNeeded();
  const [a, b] = [(await from.boundingBox())!, (await to.boundingBox())!];
  const middle = (a.y + a.height / 2 + b.y + b.height / 2) / 2;
  // Instantly: a smooth scroll would still be moving when the ends are measured.
  await page.evaluate(
    (dy) => window.scrollBy({ top: dy, behavior: 'instant' }),
    middle - (page.viewportSize()?.height ?? 800) / 2,
  );
}

/** A mouse drag in small steps, as dnd-kit's pointer sensor wants (it starts after 4 px). */
export async function mouseDrag(page: Page, from: Locator, to: Locator) {
  const start = await centerOf(from);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 8, start.y + 8, { steps: 4 });
  const end = await centerOf(to);
  await page.mouse.move(end.x, end.y, { steps: 12 });
  await page.mouse.up();
}

/** A finger drag through the DevTools protocol: press, hold past the sensor's delay, move, lift. */
export async function touchDrag(page: Page, from: Locator, to: Locator) {
  const cdp = await page.context().newCDPSession(page);
  // Both ends on screen, away from the edges, before measuring.
  await bothInView(page, from, to);
  const [a, b] = [(await from.boundingBox())!, (await to.boundingBox())!];
  const start = { x: a.x + a.width / 2, y: a.y + a.height / 2 };
  const end = { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
  await touch('touchStart', start.x, start.y);
  await page.waitForTimeout(300); // the TouchSensor lifts after 150 ms of holding still
  for (let i = 1; i <= 10; i += 1)
    await touch('touchMove', start.x + ((end.x - start.x) * i) / 10, start.y + ((end.y - start.y) * i) / 10);
  await touch('touchEnd', end.x, end.y);
  await cdp.detach();
}
