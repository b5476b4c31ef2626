// @vitest-environment happy-dom
import { act, cleanup, renderHook, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { sampleVerwendungsnachweis } from "../../../shared/samples/sample-filings";
import { LAYOUT_VERSION } from "../../../shared/layout/meta-layout";
import { defaultProgramParams } from "../../../shared/programme/params-for-year";
import type { ReadWorkbookResult } from "../../../shared/workbook/read-snapshot";
import { ApiError } from "../../../shared/api/api-client";
import type { WorkbookSurface } from "../../host/workbook-surface";
import { fakeApi } from "../../test-support/fake-api";
import { LIVE_CHECK_DELAY_MS, useTraegerView } from "./useTraegerView";

// vitest runs without globals, so Testing Library cannot unmount by itself between tests.
afterEach(cleanup);

const meta = { programmeId: "stadtteilmanagement", traegerId: "awo", districtId: "kaltenmoor", year: 2025 };
const filing = sampleVerwendungsnachweis(meta);
const read: ReadWorkbookResult = {
  filing,
  findings: [],
  cellOf: () => undefined,
  layoutVersion: LAYOUT_VERSION,
  absentFields: [],
};

/** A workbook host whose next read the test decides; `change()` is the user typing. */
const surface = (reads: (() => Promise<ReadWorkbookResult | undefined>)[]) => {
  const listeners = new Set<() => void>();
  let n = 0;
  const s = {
    kind: "excel",
    canShowCells: true,
    read: () => (reads[Math.min(n++, reads.length - 1)] ?? (() => Promise.resolve(undefined)))(),
    highlight: () => Promise.resolve(),
    subscribe: (l: () => void) => (listeners.add(l), () => listeners.delete(l)),
  } as unknown as WorkbookSurface;
  return { surface: s, change: () => listeners.forEach((l) => l()), reads: () => n };
};

describe("useTraegerView", () => {
  it("shows an error of the live check after typing in the pane instead of dropping it", async () => {
    const host = surface([
      () => Promise.resolve(undefined),
      () => Promise.reject(new Error("Die Arbeitsmappe ist gesperrt.")),
    ]);
    const { api } = fakeApi({});
    const { result } = renderHook(() => useTraegerView({ surface: host.surface, api }));
    await waitFor(() => expect(host.reads()).toBe(1));
    act(() => host.change());
    await waitFor(() => expect(result.current.notice?.text).toBe("Die Arbeitsmappe ist gesperrt."), {
      timeout: LIVE_CHECK_DELAY_MS * 10,
    });
    expect(result.current.notice?.intent).toBe("error");
  });

  it("says so when the year's parameters could not be loaded, and checks with the programme's defaults", async () => {
    const host = surface([() => Promise.resolve(read)]);
    const { api, count } = fakeApi({
      getParams: () => Promise.reject(new Error("Keine Verbindung zum Server.")),
      getFiling: () => Promise.reject(new ApiError(404, { detail: "nicht gefunden" })),
    });
    const { result } = renderHook(() => useTraegerView({ surface: host.surface, api }));
    await waitFor(() =>
      expect(result.current.notice?.text).toMatch(/Parameter 2025 ließen sich nicht laden/),
    );
    expect(result.current.filing?.meta).toEqual(meta);
    await waitFor(() => expect(result.current.detail).toBeNull());
    expect(count("getParams")).toBe(1);
  });

  it("shows a failure to load the city's state of the filing", async () => {
    const host = surface([() => Promise.resolve(read)]);
    const { api } = fakeApi({
      getParams: () => Promise.resolve(defaultProgramParams(meta)),
      getFiling: () => Promise.reject(new ApiError(503, { detail: "Der Dienst ist überlastet." })),
    });
    const { result } = renderHook(() => useTraegerView({ surface: host.surface, api }));
    await waitFor(() =>
      expect(result.current.notice?.text).toBe(
        "Der Stand bei der Stadt ließ sich nicht laden: Der Dienst ist überlastet.",
      ),
    );
  });
});
