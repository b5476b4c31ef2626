import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import {
  screenshot,
  seriousViolations,
  signIn,
  startTaskPaneStack,
  type TaskPaneStack,
} from "./task-pane-browser";

/**
 * The stack of the calling test file: started before its first test, closed after its last. The
 * object it returns forwards to the started stack, so a suite writes `stack.open(…)` as before.
 */
export const taskPaneStackPerFile = (startTimeout = 120_000): TaskPaneStack => {
  let stack: TaskPaneStack | undefined;
  beforeAll(async () => {
    stack = await startTaskPaneStack();
  }, startTimeout);
  afterAll(() => stack?.close());
  const started = () => {
    if (!stack) throw new Error("Der Testaufbau (API, Chromium) ist nicht gestartet.");
    return stack;
  };
  return {
    get api() {
      return started().api;
    },
    get browser() {
      return started().browser;
    },
    open: (...args) => started().open(...args),
    close: () => started().close(),
  };
};

/** A screen without serious axe violations, then its screenshot. */
export const checkedScreenshot = async (page: Page, name: string) => {
  expect(await seriousViolations(page), name).toEqual([]);
  await screenshot(page, name);
};

/** The Koordinierungsstelle confirms the rechnerische Prüfung (button, then the dialog) and waits for the note. */
export const confirmPruefung = async (page: Page) => {
  await page.getByRole("button", { name: "Rechnerische Prüfung bestätigen" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Rechnerische Prüfung bestätigen" }).click();
  await page.getByText(/„rechnerische Richtigkeit geprüft“ vermerkt/).waitFor();
};

/** A Träger signed in on `host`: the page and its start screen's „Meine Berichte“. */
export const openMeineBerichte = async (
  stack: TaskPaneStack,
  host: "excel" | "browser",
  traegerId: string,
) => {
  const page = await stack.open(host);
  await signIn(page, traegerId);
  return { page, mine: page.getByRole("region", { name: "Meine Berichte" }) };
};
