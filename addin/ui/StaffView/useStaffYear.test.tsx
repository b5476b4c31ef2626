// @vitest-environment happy-dom
import { act, cleanup, renderHook, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { ListResponse } from "../../../shared/api/api-schemas";
import { deferred, fakeApi } from "../../test-support/fake-api";
import { useStaffYear } from "./useStaffYear";

// vitest runs without globals, so Testing Library cannot unmount by itself between tests.
afterEach(cleanup);

const listOf = (n: number): ListResponse => ({
  items: [],
  missing: Array.from({ length: n }, () => ({}) as never),
});

describe("useStaffYear", () => {
  it("shows the year chosen last even when the answer for the year before arrives later", async () => {
    const answers = new Map([2024, 2025].map((y) => [y, deferred<ListResponse>()]));
    const { api } = fakeApi({ listFilings: (_p, year) => answers.get(year)!.promise });
    const { result, rerender } = renderHook(({ year }) => useStaffYear(api, "stadtteilmanagement", year), {
      initialProps: { year: 2024 },
    });
    rerender({ year: 2025 });
    await act(async () => answers.get(2025)!.resolve(listOf(2)));
    await act(async () => answers.get(2024)!.resolve(listOf(9)));
    expect(result.current.list?.missing).toHaveLength(2);
  });

  it("shows a failed load as its German message, and the next load clears it", async () => {
    let fail = true;
    const { api } = fakeApi({
      listFilings: () =>
        fail ? Promise.reject(new Error("Keine Verbindung zum Server.")) : Promise.resolve(listOf(1)),
    });
    const { result } = renderHook(() => useStaffYear(api, "stadtteilmanagement", 2025));
    await waitFor(() => expect(result.current.error).toBe("Keine Verbindung zum Server."));
    fail = false;
    await act(() => result.current.reload());
    expect(result.current.error).toBeUndefined();
    expect(result.current.list?.missing).toHaveLength(1);
  });
});
