// @vitest-environment happy-dom
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { ApiClient } from "../../../shared/api/api-client";
import type { AttachmentList } from "../../../shared/api/records-schemas";
import type { BelegZeile } from "../../../shared/filing/belegliste-field";
import { fakeApi } from "../../test-support/fake-api";
import { StichprobeDesk } from "./StichprobeDesk";

// vitest runs without globals, so Testing Library cannot unmount by itself between tests.
afterEach(cleanup);

const ID = "stadtteilmanagement.2026.verwendungsnachweis.awo.kaltenmoor";
const beleg = (belegnr: string, betrag: number): BelegZeile => ({
  belegnr,
  datum: "2026-05-04",
  zahlungsempfaenger: "Druckerei Lüne",
  zweck: "Flyer",
  betrag,
  kostenart: "sachkosten",
  budgetzeile: null,
});
const BELEGE = [beleg("B-1", 120_00), beleg("B-2", 1_200_00), beleg("B-3", 45_50)];
const EMPTY: AttachmentList = {
  attachments: [],
  unterschriftLiegtVor: false,
  unterschriftHinweis: "Unterschrift fehlt: …",
  stichprobe: null,
};
const REQUESTED: AttachmentList = {
  ...EMPTY,
  stichprobe: {
    anforderungen: [
      {
        filingId: ID,
        version: 1,
        seq: 2,
        belegnummern: ["B-1", "B-3"],
        faelligAm: "2027-03-15",
        angefordertAm: "2027-02-01T09:00:00.000Z",
        angefordertVon: { sub: "u-ko", name: "Koordinierung" },
      },
    ],
    belege: [
      { belegnr: "B-1", faelligAm: "2027-03-15", anlagen: ["a-1"] },
      { belegnr: "B-3", faelligAm: "2027-03-15", anlagen: [] },
    ],
    offen: 1,
    hinweis: "Stichprobe angefordert: 1 Beleg bis 15.03.2027",
  },
};

const show = (
  call: (id: string, input: { body?: { json: unknown } }) => Promise<unknown>,
  canRequest = true,
  onStichprobe?: (belegnummern: string[]) => void,
) => {
  const fake = fakeApi({ call: call as unknown as ApiClient["call"] });
  render(
    <FluentProvider theme={webLightTheme}>
      <StichprobeDesk
        api={fake.api}
        filingId={ID}
        version={1}
        belege={BELEGE}
        canRequest={canRequest}
        {...(onStichprobe && { onStichprobe })}
      />
    </FluentProvider>,
  );
  return fake;
};

describe("StichprobeDesk", () => {
  it("requests the ticked Belege only after the confirmation, with due date and note", async () => {
    const sent: unknown[] = [];
    let list = EMPTY;
    show(async (id, input) => {
      if (id === "requestStichprobe") {
        sent.push(input.body?.json);
        list = REQUESTED;
        return {};
      }
      return list;
    });
    const ask = await screen.findByRole("button", { name: "Stichprobe anfordern" });
    expect(ask.hasAttribute("disabled")).toBe(true);
    expect(screen.getByText("Bitte mindestens einen Beleg ankreuzen.")).toBeTruthy();
    fireEvent.click(screen.getByRole("checkbox", { name: "Beleg B-1 für die Stichprobe wählen" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Beleg B-3 für die Stichprobe wählen" }));
    expect(screen.getByText("Bitte die Frist angeben, bis wann die Belege hochzuladen sind.")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Frist für die Belege"), { target: { value: "2027-03-15" } });
    fireEvent.change(screen.getByLabelText("Hinweis an den Träger (optional)"), {
      target: { value: " Bitte lesbar. " },
    });
    fireEvent.click(screen.getByRole("button", { name: "Stichprobe anfordern" }));
    const confirm = screen.getByRole("group", { name: "Stichprobe anfordern?" });
    expect(confirm.textContent).toMatch(
      /Stichprobe von 2 Belegen \(B-1, B-3\)\s*bis 15\.03\.2027 anfordern\?/,
    );
    fireEvent.click(within(confirm).getByRole("button", { name: "Abbrechen" }));
    expect(sent).toEqual([]);
    fireEvent.click(screen.getByRole("button", { name: "Stichprobe anfordern" }));
    fireEvent.click(within(screen.getByRole("group")).getByRole("button", { name: "Anfordern" }));
    await screen.findByText(/^Stichprobe angefordert: 2 Belege bis 15\.03\.2027\. Der Träger/);
    expect(sent).toEqual([
      { belegnummern: ["B-1", "B-3"], faelligAm: "2027-03-15", hinweis: "Bitte lesbar." },
    ]);
  });

  it("shows beside each requested row whether its receipt is there, with a download for it", async () => {
    const told: string[][] = [];
    const fake = show(
      async (id) => (id === "getAttachment" ? { bytes: new Uint8Array([1]), fileName: "b.pdf" } : REQUESTED),
      false,
      (belege) => told.push(belege),
    );
    const rows = await waitFor(() => {
      const r = within(screen.getByRole("table", { name: "Belegliste, Version 1" })).getAllByRole("row");
      expect(r[1]!.textContent).toMatch(/herunterladen/);
      return r;
    });
    expect(rows.map((r) => r.textContent)).toEqual([
      "Belegnr.DatumZahlungsempfängerBetragKostenartBeleg",
      expect.stringMatching(/^B-104\.05\.2026Druckerei Lüne120,00\s€Sachkostenherunterladen$/),
      expect.stringMatching(/^B-204\.05\.2026Druckerei Lüne1\.200,00\s€Sachkosten–$/),
      expect.stringMatching(/^B-3.*angefordert bis 15\.03\.2027, fehlt$/),
    ]);
    expect(screen.queryByRole("checkbox")).toBeNull();
    // The Prüfvermerk starts from the requested Belege (ReviewPanel passes them on).
    expect(told).toEqual([["B-1", "B-3"]]);
    fireEvent.click(screen.getByRole("button", { name: "Beleg B-1 herunterladen" }));
    await waitFor(() => expect(fake.calls.at(-1)?.args[0]).toBe("getAttachment"));
    expect(fake.calls.at(-1)?.args[1]).toEqual({ path: { id: ID, version: 1, attachmentId: "a-1" } });
  });
});
