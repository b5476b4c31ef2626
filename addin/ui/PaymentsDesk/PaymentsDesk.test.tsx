// @vitest-environment happy-dom
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ApiClient } from "../../../shared/api/api-client";
import type { ListResponse } from "../../../shared/api/api-schemas";
import type { ZahlungEintrag } from "../../../shared/pruefung/zahlung";
import { fakeApi } from "../../test-support/fake-api";
import { PaymentsDesk } from "./PaymentsDesk";

// vitest runs without globals, so Testing Library cannot unmount by itself between tests.
afterEach(cleanup);

const P = "stadtteilmanagement";
const meta = (traegerId: string, districtId: string) => ({
  programmeId: P,
  traegerId,
  districtId,
  year: 2025,
});
const LIST = {
  items: [
    {
      filingId: "vn.caritas",
      kind: "verwendungsnachweis",
      meta: meta("caritas", "bockelsberg"),
      zahlen: { bewilligt: 10_000_000, ausgezahlt: 5_000_000, angegeben: 9_950_000 },
    },
    { filingId: "jb.caritas", kind: "jahresbericht", meta: meta("caritas", "bockelsberg") },
  ],
  missing: [{ filingId: "vn.awo", kind: "verwendungsnachweis", meta: meta("awo", "kaltenmoor") }],
} as unknown as ListResponse;

/** The ledger behind listZahlungen / addZahlung, as the API keeps it: append-only, oldest first. */
const ledgerApi = (refuse?: string) => {
  const eintraege: ZahlungEintrag[] = [];
  const sent: unknown[] = [];
  const call = async (id: string, input: { query?: Record<string, string>; body?: { json: never } }) => {
    if (id === "addZahlung") {
      sent.push(input.body!.json);
      if (refuse) throw new Error(refuse);
      const { traegerId, districtId, vorgang } = input.body!.json as Pick<
        ZahlungEintrag,
        "traegerId" | "districtId" | "vorgang"
      >;
      const entry = { programmeId: P, year: 2025, traegerId, districtId, vorgang, seq: eintraege.length + 1 };
      eintraege.push({ ...entry, at: "2026-04-01T08:00:00.000Z", by: { sub: "k", name: "K" } });
      return entry;
    }
    const own = eintraege.filter(
      (e) => e.traegerId === input.query!.traeger && e.districtId === input.query!.district,
    );
    const ausgezahlt = own.reduce((s, e) => s + (e.vorgang.typ === "auszahlung" ? e.vorgang.betrag : 0), 0);
    return { eintraege: own, ausgezahlt, zurueckgezahlt: 0 };
  };
  return { ...fakeApi({ call: call as unknown as ApiClient["call"] }), sent };
};

const show = (api: ApiClient, onChanged = vi.fn()) => {
  render(
    <FluentProvider theme={webLightTheme}>
      <PaymentsDesk api={api} programmeId={P} year={2025} list={LIST} onChanged={onChanged} />
    </FluentProvider>,
  );
  return onChanged;
};
const zuordnungSelect = () => screen.getByLabelText("Träger und Stadtteil") as HTMLSelectElement;
const chosenName = () => {
  const select = zuordnungSelect();
  return [...select.options].find((o) => o.value === select.value)!.textContent;
};

const type = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe("PaymentsDesk", () => {
  it("shows granted / paid / stated per Verwendungsnachweis of the year", async () => {
    show(ledgerApi().api);
    const table = screen.getByRole("table", { name: "Zuschuss 2025: bewilligt, ausgezahlt, angegeben" });
    expect(
      within(table)
        .getAllByRole("row")
        .map((r) => r.textContent),
    ).toEqual(["bewilligt (€)ausgezahlt (€)angegeben (€)", "Bockelsberg", "100.000,0050.000,0099.500,00"]);
    await screen.findByText(/ist noch keine Zahlung erfasst/);
  });

  it("names each field that is not right, in German, and sends nothing", async () => {
    const fake = ledgerApi();
    show(fake.api);
    await screen.findByText(/ist noch keine Zahlung erfasst/);
    type("Betrag (€)", "12.50");
    fireEvent.submit(screen.getByRole("form", { name: "Auszahlung erfassen" }));
    expect(screen.getByText("Datum: bitte den Tag der Zahlung angeben.")).toBeTruthy();
    expect(screen.getByText(/^Betrag: „12\.50“ ist kein Betrag\. Bitte eine Zahl eingeben/)).toBeTruthy();
    type("Betrag (€)", "0,00");
    type("Datum der Zahlung", "2025-03-01");
    fireEvent.click(screen.getByRole("button", { name: "Auszahlung erfassen" }));
    expect(screen.getByText("Betrag: bitte den gezahlten Betrag angeben, größer als 0,00 €.")).toBeTruthy();
    expect(fake.sent).toEqual([]);
  });

  it("records a payment typed in German notation only after the confirmation (Escape cancels), then lists it", async () => {
    const fake = ledgerApi();
    const onChanged = show(fake.api);
    fireEvent.change(await screen.findByLabelText("Träger und Stadtteil"), { target: { value: "1" } });
    await screen.findByText(
      "Für Kaltenmoor · AWO Kreisverband Lüneburg e. V. ist noch keine Zahlung erfasst.",
    );
    type("Datum der Zahlung", "2025-03-01");
    type("Betrag (€)", "1.234,56 €");
    fireEvent.click(screen.getByRole("button", { name: "Auszahlung erfassen" }));
    const confirm = screen.getByRole("group", { name: "Auszahlung speichern?" });
    expect(confirm.textContent).toMatch(
      /^Abschlag über 1\.234,56\s€ vom 01\.03\.2025 an Kaltenmoor · AWO .* speichern\? Ein gespeicherter Eintrag bleibt unverändert/,
    );
    expect(document.activeElement).toBe(confirm);
    fireEvent.keyDown(confirm, { key: "Escape" });
    expect(screen.queryByRole("group", { name: "Auszahlung speichern?" })).toBeNull();
    expect(fake.sent).toEqual([]);
    fireEvent.change(screen.getByLabelText("Art der Zahlung"), { target: { value: "schlusszahlung" } });
    fireEvent.click(screen.getByRole("button", { name: "Auszahlung erfassen" }));
    fireEvent.click(screen.getByRole("button", { name: "Speichern" }));
    await screen.findByText("Schlusszahlung über 1.234,56 € vom 01.03.2025 gespeichert.", {
      normalizer: (s) => s.replace(/\u00a0/g, " "),
    });
    expect(fake.sent).toEqual([
      {
        traegerId: "awo",
        districtId: "kaltenmoor",
        vorgang: { typ: "auszahlung", art: "schlusszahlung", datum: "2025-03-01", betrag: 123_456 },
      },
    ]);
    const rows = within(screen.getByRole("table", { name: /^Zahlungen: Kaltenmoor/ })).getAllByRole("row");
    expect(rows.map((r) => r.textContent)).toEqual([
      "DatumArtBetrag",
      expect.stringMatching(/^01\.03\.2025Schlusszahlung1\.234,56\s€$/),
      expect.stringMatching(/^ausgezahlt1\.234,56\s€$/),
    ]);
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect((screen.getByLabelText("Betrag (€)") as HTMLInputElement).value).toBe("");
  });

  it("shows the API's refusal and keeps what was typed", async () => {
    show(ledgerApi("Zahlungen und Rückforderungen erfasst nur die Koordinierungsstelle.").api);
    await screen.findByText(/ist noch keine Zahlung erfasst/);
    type("Datum der Zahlung", "2025-09-01");
    type("Betrag (€)", "500");
    fireEvent.click(screen.getByRole("button", { name: "Auszahlung erfassen" }));
    fireEvent.click(screen.getByRole("button", { name: "Speichern" }));
    await waitFor(() =>
      expect(screen.getByRole("alert").textContent).toBe(
        "Zahlungen und Rückforderungen erfasst nur die Koordinierungsstelle.",
      ),
    );
    expect((screen.getByLabelText("Betrag (€)") as HTMLInputElement).value).toBe("500");
  });

  it("opens on the Träger and Stadtteil of the filing on the desk; the user's choice stands until another filing opens", async () => {
    const api = ledgerApi().api;
    const desk = (preselect?: { traegerId: string; districtId: string }) => (
      <FluentProvider theme={webLightTheme}>
        <PaymentsDesk api={api} programmeId={P} year={2025} list={LIST} preselect={preselect} />
      </FluentProvider>
    );
    const { rerender } = render(desk({ traegerId: "awo", districtId: "kaltenmoor" }));
    expect(chosenName()).toBe("Kaltenmoor · AWO Kreisverband Lüneburg e. V.");
    await screen.findByText(
      "Für Kaltenmoor · AWO Kreisverband Lüneburg e. V. ist noch keine Zahlung erfasst.",
    );
    fireEvent.change(zuordnungSelect(), { target: { value: "0" } });
    expect(chosenName()).toMatch(/^Bockelsberg · Caritas/);
    // The list reloads (same filing open): the user's choice stays.
    rerender(desk({ traegerId: "awo", districtId: "kaltenmoor" }));
    expect(chosenName()).toMatch(/^Bockelsberg · Caritas/);
    // Another filing opens on the desk (a Jahresbericht of Caritas, then AWO's again): its Zuordnung.
    rerender(desk({ traegerId: "caritas", districtId: "bockelsberg" }));
    rerender(desk({ traegerId: "awo", districtId: "kaltenmoor" }));
    expect(chosenName()).toBe("Kaltenmoor · AWO Kreisverband Lüneburg e. V.");
    // Nothing open, or a Zuordnung without a Verwendungsnachweis this year: the choice stands.
    rerender(desk(undefined));
    rerender(desk({ traegerId: "nicht-da", districtId: "nirgends" }));
    expect(chosenName()).toBe("Kaltenmoor · AWO Kreisverband Lüneburg e. V.");
  });
});
