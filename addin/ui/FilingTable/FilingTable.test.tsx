// @vitest-environment happy-dom
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ListResponse } from "../../../shared/api/api-schemas";
import { FilingTable } from "./FilingTable";

// vitest runs without globals, so Testing Library cannot unmount by itself between tests.
afterEach(cleanup);

const meta = (traegerId: string, districtId: string) => ({
  programmeId: "stadtteilmanagement",
  traegerId,
  districtId,
  year: 2025,
});
const item = (traegerId: string, districtId: string, zuschuss: number) => ({
  filingId: `vn.${traegerId}`,
  kind: "verwendungsnachweis" as const,
  meta: meta(traegerId, districtId),
  status: "eingereicht" as const,
  latestVersion: 1,
  submittedAt: "2026-03-01T10:00:00.000Z",
  updatedAt: "2026-03-01T10:00:00.000Z",
  amounts: { zuschuss, kostensumme: zuschuss, differenz: 0 },
  dueDate: "2026-06-30",
  overdue: false,
  findingCounts: { fehler: 0, warnung: 1, hinweis: 0 },
});
const list = {
  items: [item("awo", "kaltenmoor", 9_000_000), item("caritas", "bockelsberg", 10_000_000)],
  missing: [
    {
      filingId: "jb.drk",
      kind: "jahresbericht",
      meta: meta("drk", "schuetzenplatz-neu-hagen"),
      dueDate: "2025-12-31",
      overdue: true,
    },
  ],
} as unknown as ListResponse;

const districts = () =>
  screen
    .getAllByRole("row")
    .slice(1)
    .map((r) => within(r).getAllByRole("cell")[0]!.textContent);

describe("FilingTable", () => {
  it("lists filings and missing ones, sorts by a column header and says so in aria-sort", () => {
    const onOpen = vi.fn();
    render(
      <FluentProvider theme={webLightTheme}>
        <FilingTable list={list} programmeId="stadtteilmanagement" onOpen={onOpen} />
      </FluentProvider>,
    );
    expect(districts()).toEqual([
      "Bockelsberg · Verwendungsnachweis",
      "Kaltenmoor · Verwendungsnachweis",
      expect.stringMatching(/Schützenplatz/),
    ]);
    fireEvent.click(screen.getByRole("button", { name: "Zuschuss" }));
    expect(screen.getByRole("columnheader", { name: /Zuschuss/ }).getAttribute("aria-sort")).toBe(
      "ascending",
    );
    expect(districts()[0]).toBe("Kaltenmoor · Verwendungsnachweis");
    fireEvent.click(screen.getByRole("button", { name: /Zuschuss/ }));
    expect(screen.getByRole("columnheader", { name: /Zuschuss/ }).getAttribute("aria-sort")).toBe(
      "descending",
    );
    expect(districts()[0]).toBe("Bockelsberg · Verwendungsnachweis");
    // The missing filing has no amount: last in either direction, and nothing to open.
    expect(districts()[2]).toMatch(/Schützenplatz/);
    fireEvent.click(screen.getByRole("button", { name: "Kaltenmoor · Verwendungsnachweis" }));
    expect(onOpen).toHaveBeenCalledWith("vn.awo");
  });

  it("filters by status and by text", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <FilingTable list={list} programmeId="stadtteilmanagement" onOpen={() => undefined} />
      </FluentProvider>,
    );
    fireEvent.change(screen.getByLabelText("Status"), { target: { value: "fehlt" } });
    expect(districts()).toEqual([expect.stringMatching(/Schützenplatz/)]);
    fireEvent.change(screen.getByLabelText("Status"), { target: { value: "" } });
    fireEvent.change(screen.getByLabelText("Suche (Träger, Stadtteil)"), { target: { value: "caritas" } });
    expect(districts()).toEqual(["Bockelsberg · Verwendungsnachweis"]);
  });
});
