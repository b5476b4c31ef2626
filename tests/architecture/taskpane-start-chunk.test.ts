import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildAddin, bundleSizes, startModules } from "../../scripts/build-addin";

/**
 * What a user downloads before the sign-in shows: the shell, the sign-in and the libraries they
 * need. Everything behind the role switch (addin/app/role-views.tsx) must stay out, by module path
 * in the production build's metafile; and the start must fit the 150 KB (gzip) budget.
 */
const AFTER_SIGN_IN = [
  /^addin\/ui\/(StaffView|TraegerView|ReviewPanel|ConsolidatedPanel|FilingList|SubmitPanel|UploadPanel|TemplatePanel)\//,
  /^addin\/(review|consolidate)\//,
  /^addin\/excel\/(?!excel-api\.ts$)/, // the requirement-set check runs before the sign-in
  /^addin\/host\/(excel|browser)-surface/,
  /^shared\/(consolidate|publish|layout|rules|workbook|xlsx|programme)\//,
  /node_modules\/(exceljs|fflate|n2words)\//,
  /node_modules\/@fluentui\/react-(select|textarea|checkbox|badge|divider|progress)\//,
];
const START_BUDGET_GZIP = 150 * 1024;

let dir: string;
let built: Awaited<ReturnType<typeof buildAddin>>;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "start-chunk-"));
  built = await buildAddin({ outdir: dir });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the task pane's start chunk", () => {
  it("holds no module of the signed-in screens, the workbook adapters or the packs", () => {
    const modules = startModules(built.metafile);
    expect(modules.length).toBeGreaterThan(50); // the shell, React and Fluent are there
    expect(modules.some((m) => m.startsWith("addin/app/App.tsx"))).toBe(true);
    expect(modules.filter((m) => AFTER_SIGN_IN.some((pattern) => pattern.test(m)))).toEqual([]);
  });

  it("loads the screens of each role behind their own dynamic import", () => {
    const lazyEntries = Object.values(built.metafile.outputs)
      .map((output) => output.entryPoint)
      .filter((entry): entry is string => !!entry);
    expect(lazyEntries).toEqual(
      expect.arrayContaining([
        "addin/ui/StaffView/StaffView.tsx",
        "addin/ui/TraegerView/TraegerView.tsx",
        "addin/host/excel-surface.ts",
        "addin/host/browser-surface.ts",
      ]),
    );
  });

  it("fits 150 KB gzip at start", () => {
    const { initialGzip } = bundleSizes(built.metafile, dir);
    console.warn(`Aufgabenbereich beim Start: ${(initialGzip / 1024).toFixed(1)} KB gzip`);
    expect(initialGzip).toBeLessThanOrEqual(START_BUDGET_GZIP);
  });
});
