import type { Page } from "playwright-core";
import { expect } from "vitest";
import { screenshot, seriousViolations } from "./task-pane-browser";

/** The two widths every screen is looked at: a desktop browser and Excel's task pane. */
export const WIDTHS = [1280, 350] as const;

/** The page's width beyond the window (0 = no horizontal scroll). */
export const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Regions and other scroll boxes that scroll sideways inside the page: "tag „label“ +N px". */
export const scrollingBoxes = (page: Page) =>
  page.evaluate(() =>
    [...document.body.querySelectorAll("*")]
      .filter((e) => {
        const overflow = getComputedStyle(e).overflowX;
        const scrolls = overflow === "auto" || overflow === "scroll";
        return (scrolls || e.getAttribute("role") === "region") && e.scrollWidth > e.clientWidth + 1;
      })
      .map(
        (e) =>
          `${e.tagName.toLowerCase()} „${e.getAttribute("aria-label") ?? (e.textContent ?? "").slice(0, 30)}“ +${e.scrollWidth - e.clientWidth} px`,
      ),
  );

/** What sticks out on the right, for the failure message: tag, class and the start of its text. */
const wideElements = (page: Page) =>
  page.evaluate(() =>
    [...document.body.querySelectorAll("*")]
      .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .slice(-3)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className} „${(e.textContent ?? "").slice(0, 40)}“`)
      .join("; "),
  );

/**
 * A screen at both widths: screenshot, no horizontal scroll of the page nor of a region inside it
 * (the year's table turns into cards at task-pane width), axe without serious or critical
 * violations; the page goes back to the task pane's default width afterwards.
 */
export const lookAt = async (page: Page, name: string) => {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    // Fluent's message bars reflow after a resize (ResizeObserver): the width settles within frames.
    await expect
      .poll(() => horizontalOverflow(page), { timeout: 5_000 })
      .toBeLessThanOrEqual(0)
      .catch(async (err: Error) => {
        await screenshot(page, `${name}-${width}-zu-breit`);
        throw new Error(`${name} bei ${width} px zu breit: ${await wideElements(page)}`, { cause: err });
      });
    expect(await scrollingBoxes(page), `${name} bei ${width} px`).toEqual([]);
    await screenshot(page, `${name}-${width}`);
  }
  expect(await seriousViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 400, height: 900 });
};
