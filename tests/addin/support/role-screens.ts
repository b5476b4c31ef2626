import type { Page } from "playwright-core";
import { expect } from "vitest";
import { screenshot, seriousViolations } from "./task-pane-browser";

/** The two widths every screen is looked at: a desktop browser and Excel's task pane. */
export const WIDTHS = [1280, 350] as const;

/** The page's width beyond the window (0 = no horizontal scroll). */
export const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * A screen at both widths: screenshot, no horizontal scroll, axe without serious or critical
 * violations; the page goes back to the task pane's default width afterwards.
 */
export const lookAt = async (page: Page, name: string) => {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    expect(await horizontalOverflow(page), `${name} bei ${width} px`).toBeLessThanOrEqual(0);
    await screenshot(page, `${name}-${width}`);
  }
  expect(await seriousViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 400, height: 900 });
};
