// @vitest-environment happy-dom
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ApiError, type ApiClient } from "../../../shared/api/api-client";
import type { AttachmentList } from "../../../shared/api/records-schemas";
import { fakeApi } from "../../test-support/fake-api";
import { VersionRecords } from "./VersionRecords";

// vitest runs without globals, so Testing Library cannot unmount by itself between tests.
afterEach(cleanup);

const ID = "stadtteilmanagement.2026.verwendungsnachweis.awo.kaltenmoor";
const PDF = new TextEncoder().encode("%PDF-1.4\n% Scan\n%%EOF\n");
const request = {
  filingId: ID,
  version: 1,
  seq: 2,
  belegnummern: ["B-3", "B-7"],
  faelligAm: "2027-03-15",
  hinweis: "Bitte lesbar scannen.",
  angefordertAm: "2027-02-01T09:00:00.000Z",
  angefordertVon: { sub: "u-ko", name: "Koordinierung" },
};
const listWith = (uploaded: string[]): AttachmentList => ({
  attachments: [],
  unterschriftLiegtVor: false,
  unterschriftHinweis:
    "Unterschrift fehlt: Bitte die Eingangsbestätigung ausdrucken, unterschreiben und hochladen.",
  stichprobe: {
    anforderungen: [request],
    belege: request.belegnummern.map((belegnr) => ({
      belegnr,
      faelligAm: request.faelligAm,
      anlagen: uploaded.includes(belegnr) ? [`id-${belegnr}`] : [],
    })),
    offen: request.belegnummern.filter((b) => !uploaded.includes(b)).length,
    hinweis: uploaded.length
      ? "Stichprobe angefordert: 1 Beleg bis 15.03.2027"
      : "Stichprobe angefordert: 2 Belege bis 15.03.2027",
  },
});

type Call = (
  id: string,
  input: { query?: Record<string, string>; body?: { bytes: Uint8Array; mediaType: string } },
) => Promise<unknown>;

const show = (call: Call) => {
  const fake = fakeApi({ call: call as unknown as ApiClient["call"] });
  render(
    <FluentProvider theme={webLightTheme}>
      <VersionRecords api={fake.api} filingId={ID} version={1} name="Verwendungsnachweis Kaltenmoor" />
    </FluentProvider>,
  );
  return fake;
};

const pick = (label: RegExp | string, bytes: Uint8Array, name = "scan.pdf") =>
  fireEvent.change(screen.getByLabelText(label), {
    target: { files: [new File([bytes as Uint8Array<ArrayBuffer>], name)] },
  });

describe("VersionRecords", () => {
  it("shows the open Stichprobe as an inbox entry with one upload per requested Beleg, and what is missing", async () => {
    show(async () => listWith([]));
    expect(await screen.findByText("Stichprobe angefordert: 2 Belege bis 15.03.2027")).toBeTruthy();
    const rows = within(screen.getByRole("list", { name: /Angeforderte Belege/ })).getAllByRole("listitem");
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringMatching(/^Beleg B-3fehlt, bis 15\.03\.2027/),
      expect.stringMatching(/^Beleg B-7fehlt, bis 15\.03\.2027/),
    ]);
    expect(screen.getByLabelText("Beleg B-3 hochladen").getAttribute("type")).toBe("file");
    expect(screen.getByText("Hinweis der Koordinierungsstelle: Bitte lesbar scannen.")).toBeTruthy();
    expect(screen.getByText("Unterschrift fehlt")).toBeTruthy();
  });

  it("uploads a receipt for its Belegnr. with the type its bytes say, then shows it as there", async () => {
    let uploaded: string[] = [];
    const sent: unknown[] = [];
    const fake = show(async (id, input) => {
      if (id === "uploadAttachment") {
        sent.push({
          query: input.query,
          mediaType: input.body?.mediaType,
          bytes: input.body?.bytes.byteLength,
        });
        uploaded = ["B-3"];
        return {};
      }
      return listWith(uploaded);
    });
    await screen.findByLabelText("Beleg B-3 hochladen");
    pick("Beleg B-3 hochladen", PDF);
    expect(await screen.findByText("„scan.pdf“ als Beleg B-3 gespeichert.")).toBeTruthy();
    expect(sent).toEqual([
      { query: { kind: "beleg", belegnr: "B-3" }, mediaType: "application/pdf", bytes: PDF.byteLength },
    ]);
    await waitFor(() => expect(screen.getByText("liegt vor")).toBeTruthy());
    expect(fake.count("call")).toBe(3); // load, upload, reload
  });

  it("shows the API's German 413 and 415 answers as the reason nothing was uploaded", async () => {
    const answers = [
      new ApiError(413, { detail: "Die Datei ist 4,2 MB groß, höchstens 3,0 MB sind möglich." }),
      new ApiError(415, { detail: "Die Datei ist weder PDF noch JPEG noch PNG." }),
    ];
    show(async (id) => {
      if (id === "uploadAttachment") throw answers.shift();
      return listWith([]);
    });
    const label = /^Unterschriebene Eingangsbestätigung hochladen/;
    await screen.findByLabelText(label);
    pick(label, PDF);
    expect((await screen.findByRole("alert")).textContent).toBe(
      "Nicht hochgeladen: Die Datei ist 4,2 MB groß, höchstens 3,0 MB sind möglich.",
    );
    pick(label, new TextEncoder().encode("GIF89a"), "bild.gif");
    await waitFor(() =>
      expect(screen.getByRole("alert").textContent).toBe(
        "Nicht hochgeladen: Die Datei ist weder PDF noch JPEG noch PNG.",
      ),
    );
  });

  it("offers the Eingangsbestätigung as a labelled button", async () => {
    show(async () => ({ ...listWith([]), stichprobe: null, unterschriftLiegtVor: true }));
    expect(
      await screen.findByRole("button", {
        name: "Eingangsbestätigung herunterladen: Verwendungsnachweis Kaltenmoor, Version 1",
      }),
    ).toBeTruthy();
    expect(screen.getByText("Unterschrift liegt vor")).toBeTruthy();
    expect(screen.queryByRole("list", { name: /Angeforderte Belege/ })).toBeNull();
  });
});
