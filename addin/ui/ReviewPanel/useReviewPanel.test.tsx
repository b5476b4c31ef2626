// @vitest-environment happy-dom
import { act, cleanup, renderHook, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { FilingDetail, ReviewRequest } from "../../../shared/api/api-schemas";
import { sampleVerwendungsnachweis } from "../../../shared/samples/sample-filings";
import { defaultProgramParams } from "../../../shared/programme/params-for-year";
import type { WorkbookSurface } from "../../host/workbook-surface";
import { fakeApi } from "../../test-support/fake-api";
import { actionsFor, useReviewPanel } from "./useReviewPanel";

// vitest runs without globals, so Testing Library cannot unmount by itself between tests.
afterEach(cleanup);

const meta = { programmeId: "stadtteilmanagement", traegerId: "awo", districtId: "kaltenmoor", year: 2025 };
const content = sampleVerwendungsnachweis(meta);
const ID = "stadtteilmanagement.2025.verwendungsnachweis.awo.kaltenmoor";

const detail = (latestVersion: number, status: FilingDetail["filing"]["status"] = "eingereicht") =>
  ({
    filing: { filingId: ID, kind: "verwendungsnachweis", meta, status, latestVersion },
    latest: { filingId: ID, version: latestVersion, content, findings: [] },
    versions: Array.from({ length: latestVersion }, (_v, i) => ({
      version: i + 1,
      submittedAt: "2026-03-01T10:00:00.000Z",
    })),
    audit: [],
    comments: [],
  }) as unknown as FilingDetail;

/** A surface that records what was opened; a browser, so opening a version downloads it. */
const browserSurface = () => {
  const opened: number[] = [];
  const surface = {
    kind: "browser",
    canShowCells: false,
    openVersion: (v: { version: number }) => (
      opened.push(v.version),
      Promise.resolve(`Version ${v.version} heruntergeladen.`)
    ),
    pickCell: () => Promise.resolve(undefined),
  } as unknown as WorkbookSurface;
  return { surface, opened };
};

const deps = (
  api: ReturnType<typeof fakeApi>["api"],
  surface: WorkbookSurface,
  onChanged = () => undefined,
) => ({
  api,
  surface,
  role: "koordinierung" as const,
  filingId: ID,
  onChanged,
});

describe("actionsFor", () => {
  it("offers a submitted Verwendungsnachweis the rechnerische Prüfung and a Jahresbericht the sachliche", () => {
    expect(actionsFor("koordinierung", { kind: "verwendungsnachweis", status: "eingereicht" })).toEqual([
      "zurueckgeben",
      "pruefen",
    ]);
    expect(actionsFor("koordinierung", { kind: "jahresbericht", status: "eingereicht" })).toEqual([
      "zurueckgeben",
      "sachlich_pruefen",
    ]);
  });

  it("lets the Leitung take note of a Jahresbericht once it is sachlich geprüft", () => {
    expect(actionsFor("leitung", { kind: "jahresbericht", status: "sachlich_geprueft" })).toEqual([
      "kenntnis",
    ]);
  });
});

describe("useReviewPanel", () => {
  it("compares two versions on the desk without downloading anything in the browser", async () => {
    const fake = fakeApi({
      getFiling: () => Promise.resolve(detail(2)),
      diff: (_id, from, to) => Promise.resolve({ filingId: ID, from, to, changes: [] }),
    });
    const { surface, opened } = browserSurface();
    const { result } = renderHook(() => useReviewPanel(deps(fake.api, surface)));
    await waitFor(() => expect(result.current.detail).toBeDefined());
    await act(() => result.current.compare(1, 2));
    expect(result.current.diff).toMatchObject({ from: 1, to: 2 });
    expect(result.current.notice).toEqual({ intent: "success", text: "0 Änderungen von Version 1 zu 2." });
    expect(opened).toEqual([]);
    expect(fake.count("workbook") + fake.count("getVersion")).toBe(0);
  });

  it("returns with a comment on budget line 3 of a first submission, at that row's cell", async () => {
    let status: FilingDetail["filing"]["status"] = "eingereicht";
    const sent: ReviewRequest[] = [];
    const fake = fakeApi({
      getFiling: () => Promise.resolve(detail(1, status)),
      getParams: () => Promise.resolve(defaultProgramParams(meta)),
      review: (_id, request) => {
        sent.push(request);
        status = "zurueckgegeben";
        return Promise.resolve({ filingId: ID, status, version: 1, audit: {} as never });
      },
    });
    const onChanged = vi.fn();
    const { result } = renderHook(() => useReviewPanel(deps(fake.api, browserSurface().surface, onChanged)));
    await waitFor(() => expect(result.current.actions).toEqual(["zurueckgeben", "pruefen"]));
    expect(result.current.reasons.zurueckgeben).toMatch(/mindestens einen Kommentar/);
    await act(() => result.current.addComment("Honorarverträge beilegen.", ["budget", "zeilen", 2]));
    expect(result.current.reasons.zurueckgeben).toBeUndefined();
    await act(() => result.current.act("zurueckgeben"));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ action: "zurueckgeben", expectedVersion: 1 });
    expect(sent[0]!.comments).toEqual([
      { text: "Honorarverträge beilegen.", path: ["budget", "zeilen", 2], cell: expect.stringMatching(/!/) },
    ]);
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect(result.current.actions).toEqual([]);
    expect(result.current.pending).toEqual([]);
  });

  it("shows a failed load as the API's German message", async () => {
    const fake = fakeApi({ getFiling: () => Promise.reject(new Error("Vorgang nicht gefunden.")) });
    const { result } = renderHook(() => useReviewPanel(deps(fake.api, browserSurface().surface)));
    await waitFor(() =>
      expect(result.current.notice).toEqual({ intent: "error", text: "Vorgang nicht gefunden." }),
    );
  });
});
