import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.0–2.2, levels A and AA: what the product promises (docs/ARCHITECTURE.md). */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe on the page as it is now and fails on every serious or critical violation, naming the
 * rule and the elements. Soft (`expect.soft`), so a journey goes on and one run lists every page's
 * problems; the test still fails at its end.
 */
export async function expectNoSeriousA11yViolations(page: Page, what?: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n` +
        v.nodes.map((node) => `    ${node.target.join(' ')}`).join('\n'),
    )
    .join('\n');
  expect.soft(report, `axe on ${what ?? new URL(page.url()).pathname} at ${widthOf(page)} px`).toBe('');
}

/** Nothing on the page is wider than the window: no sideways scrolling. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect
    .soft(scrollWidth, `page width of ${new URL(page.url()).pathname} at ${innerWidth} px`)
    .toBeLessThanOrEqual(innerWidth);
}

function widthOf(page: Page): number {
  return page.viewportSize()?.width ?? 0;
}
