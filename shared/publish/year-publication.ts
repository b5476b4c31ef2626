import type { JahresberichtFiling } from "../filing/filing";
import { findProgramme } from "../programme/programmes";
import { programmeText } from "../programme/render-text";
import { districtName, traegerName } from "../programme/stammdaten";
import { jahresberichtBlocks, reportTitle } from "./jahresbericht-blocks";
import type { PublicationDocument } from "./publication-document";
import { wirkungstreppePart } from "./wirkungstreppe-blocks";

const HEADER = "Veröffentlichung nach Anlage 1 (Social Reporting Standard)";

/** The publishable PDF of one district's Jahresbericht. */
export const jahresberichtPublication = (filing: JahresberichtFiling): PublicationDocument => ({
  title: reportTitle(filing),
  header: HEADER,
  footer: reportTitle(filing),
  parts: [{ id: "bericht", blocks: jahresberichtBlocks(filing) }, wirkungstreppePart()],
});

/**
 * All districts' publishable Jahresberichte of a year in one document: a cover with contents, then
 * the districts in Stammdaten order (unknown districts last, by id), each from a new page.
 */
export const yearPublication = (
  programmeId: string,
  year: number,
  filings: readonly JahresberichtFiling[],
): PublicationDocument => {
  const programme = findProgramme(programmeId);
  const name = programme?.name ?? programmeId;
  const order = (programme?.districts ?? []).map((d) => d.id);
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  const sorted = [...filings].sort(
    (a, b) =>
      rank(a.meta.districtId) - rank(b.meta.districtId) || a.meta.districtId.localeCompare(b.meta.districtId),
  );
  const parts = sorted.map((f, i) => ({ id: `bericht-${i + 1}`, blocks: jahresberichtBlocks(f) }));
  return {
    title: `Jahresberichte ${year} · ${name}`,
    header: HEADER,
    footer: `Jahresberichte ${year} · ${name}`,
    front: {
      blocks: [
        { kind: "title", text: `Jahresberichte ${year}` },
        { kind: "subtitle", text: name },
        {
          kind: "paragraph",
          text: `${programme?.zuwendungsgeber ?? ""} · ${programmeText({ programmeId }, "koordinierungsstelle")}`,
        },
        {
          kind: "note",
          text: "Wirkungsorientierte Berichte der Stadtteile nach dem Leitfaden zur Erstellung des Jahresberichtes (Anlage 1, Social Reporting Standard). Ehrenamtliche werden ohne Namen genannt.",
        },
        { kind: "heading", text: "Inhalt" },
      ],
      contents: {
        headers: ["Stadtteil", "Träger", "Seite"],
        spans: [2, 2, 1],
        rows: sorted.map((f, i) => ({
          partId: parts[i]!.id,
          cells: [districtName(programmeId, f.meta.districtId), traegerName(programmeId, f.meta.traegerId)],
        })),
      },
    },
    parts: [...parts, wirkungstreppePart()],
  };
};
