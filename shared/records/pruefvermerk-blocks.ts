import { formatDate } from "../money/format-de";
import { formatEuro } from "../money/format-money";
import {
  describeUmfang,
  KOSTENART_LABELS,
  KOSTENARTEN,
  nichtAnerkanntSumme,
  type Pruefvermerk,
} from "../pruefung/pruefvermerk";
import { programmeText } from "../programme/render-text";
import type { Block } from "../publish/report-blocks";

/**
 * Section 6 of Anlage 3 on the receipt: the Koordinierungsstelle's Prüfvermerk of this version –
 * Prüfumfang, Ergebnis, the amounts not recognised per Kostenart, Prüfer*in and day.
 */
export const pruefvermerkBlocks = (vermerk: Pruefvermerk, programmeId: string): Block[] => {
  const { ergebnis } = vermerk;
  const beanstandet =
    ergebnis.art === "mit_beanstandung"
      ? KOSTENARTEN.filter((k) => (ergebnis.nichtAnerkannt[k] ?? 0) > 0).map(
          // The amount first: the value column is wide, a long Kostenart in the label column would wrap.
          (k, i): [string, string] => [
            i === 0 ? "nicht anerkannt" : "",
            `${formatEuro(ergebnis.nichtAnerkannt[k]!)} ${KOSTENART_LABELS[k]}`,
          ],
        )
      : [];
  const rows: [string, string][] = [
    ["Prüfumfang", describeUmfang(vermerk.umfang)],
    ["Ergebnis", ergebnis.art === "ohne_beanstandung" ? "ohne Beanstandung" : "mit Beanstandung"],
    ...(ergebnis.art === "mit_beanstandung"
      ? [
          ["Beanstandung", ergebnis.text] as [string, string],
          ...beanstandet,
          ["nicht anerkannt insgesamt", formatEuro(nichtAnerkanntSumme(ergebnis))] as [string, string],
        ]
      : []),
    ["Prüfer*in", vermerk.pruefer.name],
    ["Datum", formatDate(vermerk.datum)],
  ];
  return [
    { kind: "heading", text: `6. Prüfvermerk der ${programmeText({ programmeId }, "koordinierungsstelle")}` },
    { kind: "fields", rows },
  ];
};
