// @vitest-environment happy-dom
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { FilingDetail, FilingSummary } from "../../../shared/api/api-schemas";
import type { ZahlungsStand } from "../../../shared/pruefung/rueckforderung-stand";
import { fakeApi } from "../../test-support/fake-api";
import { RueckforderungCard } from "./RueckforderungCard";

// vitest runs without globals, so Testing Library cannot unmount by itself between tests.
afterEach(cleanup);

const item = (status: FilingSummary["status"], kind: FilingSummary["kind"] = "verwendungsnachweis") =>
  ({
    filingId: "stadtteilmanagement.2025.verwendungsnachweis.awo.kaltenmoor",
    kind,
    meta: { programmeId: "stadtteilmanagement", traegerId: "awo", districtId: "kaltenmoor", year: 2025 },
    status,
    latestVersion: 1,
    submittedAt: "2026-03-01T10:00:00.000Z",
    updatedAt: "2026-03-01T10:00:00.000Z",
    dueDate: "2026-06-30",
    overdue: false,
  }) as unknown as FilingSummary;

const stand = (over: Partial<ZahlungsStand>): ZahlungsStand => ({
  bewilligt: 105_668_55,
  ausgezahlt: 105_668_55,
  angegeben: 105_668_55,
  rueckforderung: {
    anerkannt: 108_800_00,
    zustehend: 102_468_55,
    betrag: 3_200_00,
    finanzierungsart: "fehlbedarfsfinanzierung",
  },
  festsetzung: null,
  zurueckgezahlt: 0,
  zinsen: 0,
  offen: 0,
  ...over,
});

/** The API answers only what the card reads of the filing detail: its payments' state. */
const apiWith = (zahlungen: ZahlungsStand | undefined) =>
  fakeApi({ getFiling: async () => ({ zahlungen }) as unknown as FilingDetail });

const show = (api: ReturnType<typeof fakeApi>["api"], i: FilingSummary) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <RueckforderungCard api={api} item={i} />
    </FluentProvider>,
  );

/** Label → value of the card's list, as a screen reader pairs them. */
const figures = (card: HTMLElement) =>
  Object.fromEntries(
    within(card)
      .getAllByRole("term")
      // formatEuro separates „€“ with a no-break space; compare as the eye reads it.
      .map((dt) => [dt.textContent, dt.nextElementSibling?.textContent?.replace(/\u00a0/g, " ")]),
  );

describe("RueckforderungCard", () => {
  it("shows granted, paid, recognised, the Rückforderung, its due date and what is open, in German", async () => {
    const { api } = apiWith(
      stand({
        festsetzung: { datum: "2026-04-03", faelligAm: "2026-05-03", betrag: 3_200_00 },
        zurueckgezahlt: 1_000_00,
        offen: 2_200_00,
      }),
    );
    show(api, item("rechnerisch_geprueft"));
    const card = await screen.findByRole("region", { name: "Rückforderung Kaltenmoor 2025" });
    expect(figures(card)).toEqual({
      "Zuschuss bewilligt": "105.668,55 €",
      ausgezahlt: "105.668,55 €",
      "anerkannte Kosten": "108.800,00 €",
      Rückforderung: "3.200,00 €",
      "fällig am": "03.05.2026",
      zurückgezahlt: "1.000,00 €",
      offen: "2.200,00 €",
    });
  });

  it("shows the Rückforderung of a Prüfvermerk not yet festgesetzt, with nothing open", async () => {
    const { api } = apiWith(stand({}));
    show(api, item("weitergeleitet"));
    const card = await screen.findByRole("region", { name: /Rückforderung/ });
    expect(figures(card)).toMatchObject({
      Rückforderung: "3.200,00 €",
      "fällig am": "noch nicht festgesetzt",
      offen: "0,00 €",
    });
  });

  it("stays hidden without Prüfvermerk and Festsetzung, and asks nothing for an unchecked filing or a Jahresbericht", async () => {
    const none = apiWith(stand({ rueckforderung: null }));
    show(none.api, item("rechnerisch_geprueft"));
    await waitFor(() => expect(none.count("getFiling")).toBe(1));
    expect(screen.queryByRole("region")).toBeNull();

    const idle = apiWith(stand({}));
    show(idle.api, item("eingereicht"));
    show(idle.api, item("zur_kenntnis_genommen", "jahresbericht"));
    expect(idle.count("getFiling")).toBe(0);
    expect(screen.queryByRole("region")).toBeNull();
  });

  it("says in German when the figures could not be loaded", async () => {
    const { api } = fakeApi({ getFiling: () => Promise.reject(new Error("Keine Verbindung zum Server.")) });
    show(api, item("rechnerisch_geprueft"));
    expect(
      await screen.findByText("Die Rückforderung ließ sich nicht laden: Keine Verbindung zum Server."),
    ).toBeTruthy();
  });
});
