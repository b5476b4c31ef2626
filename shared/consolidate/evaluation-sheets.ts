import { WIRKUNGSTREPPE } from "../domain/wirkungstreppe";
import { JB_LABELS } from "../filing/labels";
import { districtName, traegerName } from "../programme/stammdaten";
import { cleanText, euros, roundEuros } from "./cell-values";
import type { ChartSpec } from "./chart-spec";
import type { ContentItem, ConsolidationOptions } from "./consolidation-items";
import type { DistrictEvaluation, Evaluation } from "./evaluation";
import { linkCell } from "./link-cell";
import { letterOf, type Cell, type ColumnSpec, type SheetSpec, type TotalCell } from "./sheet-model";

export interface EvaluationSheetSpec<Item> extends SheetSpec<Item> {
  charts: ChartSpec[];
}

const STEPS = [0, ...WIRKUNGSTREPPE.map((s) => s.stufe)];
const stepHeader = (i: number) => (i === 0 ? "ohne Stufe" : `Stufe ${i}`);
const sumAll = (keys: string[]): Record<string, TotalCell> =>
  Object.fromEntries(keys.map((k) => [k, { sum: true } as TotalCell]));

/** Wirkungen je Stufe und Stadtteil, with a stacked column chart. */
const effectsSheet = (e: Evaluation): EvaluationSheetSpec<DistrictEvaluation> => {
  const stepKeys = STEPS.map((i) => `s${i}`);
  const columns: ColumnSpec[] = [
    { key: "district", header: "Stadtteil", type: "text", width: 30 },
    ...STEPS.map((i) => ({ key: `s${i}`, header: stepHeader(i), type: "integer" as const, width: 10 })),
    { key: "summe", header: "Summe", type: "integer", width: 9 },
  ];
  const first = letterOf(columns, "s0");
  const last = letterOf(columns, "s7");
  return {
    name: "Wirkungen je Stufe",
    title: `Erreichte Wirkungen (3.4) je Stufe der Wirkungstreppe und Stadtteil, ${e.year}`,
    notes: WIRKUNGSTREPPE.map((s) => `Stufe ${s.stufe}: ${s.label} (${s.ebene})`),
    columns,
    rows: (d) => {
      const counts = d.current?.wirkungenJeStufe ?? STEPS.map(() => 0);
      return [
        [
          districtName(e.programmeId, d.districtId),
          ...counts,
          { formula: `SUM(${first}{r}:${last}{r})`, result: counts.reduce((a, b) => a + b, 0) },
        ],
      ];
    },
    totals: [{ label: "Summe", cells: sumAll([...stepKeys, "summe"]) }],
    charts: [
      {
        title: `Wirkungen je Stufe und Stadtteil ${e.year}`,
        kind: "stacked",
        categories: "district",
        series: stepKeys.slice(1),
        anchor: { col: 0, row: 0, cols: 10, rows: 20 },
      },
    ],
  };
};

interface StepRow {
  stufe: number;
  anzahl: number;
  mittel: number;
}

/** Mittel je Stufe: each effect's share of its Jahresbericht's costs, summed per step. */
const moneySheet = (e: Evaluation): SheetSpec<StepRow> => ({
  name: "Mittel je Stufe",
  title: `Eingesetzte Mittel je Stufe der Wirkungstreppe, ${e.year}`,
  notes: [
    "Regel: Die Kostensumme eines Jahresberichts (3.1: Personal-, Verwaltungs- und Leitungs-, Sachkosten und {gegenstand}, ohne Eigenmittel)",
    "wird zu gleichen Teilen auf seine Wirkungen (3.4) verteilt, auf ganze Cent nach der Methode der größten Reste, sodass die Anteile die Kostensumme genau ergeben;",
    "jeder Anteil zählt für die Stufe seiner Wirkung. Jahresberichte ohne Wirkung stehen in der Zeile „ohne Wirkung“. Eine Näherung: Wirkungen sind nicht gleich teuer.",
  ],
  columns: [
    { key: "stufe", header: JB_LABELS.wirkungen.stufe, type: "text", width: 52 },
    { key: "anzahl", header: "Wirkungen", type: "integer", width: 10 },
    { key: "mittel", header: "Anteilige Mittel", type: "amount", width: 16 },
  ],
  rows: (r) => [
    [
      r.stufe < 0
        ? "ohne Wirkung"
        : r.stufe === 0
          ? "ohne Stufe"
          : `${r.stufe} – ${WIRKUNGSTREPPE[r.stufe - 1]!.label} (${WIRKUNGSTREPPE[r.stufe - 1]!.ebene})`,
      r.anzahl,
      euros(r.mittel),
    ],
  ],
  totals: [{ label: "Summe", cells: sumAll(["anzahl", "mittel"]) }],
});

export const stepRows = (e: Evaluation): StepRow[] => [
  ...STEPS.map((i) => ({ stufe: i, anzahl: e.money.anzahl[i]!, mittel: e.money.mittel[i]! })),
  { stufe: -1, anzahl: 0, mittel: e.money.ohneWirkung },
];

/** Vorjahresvergleich je Stadtteil: Kosten, Teilnehmerzahl, Wirkungen je Stufe; with a chart of the costs. */
const yearOverYearSheet = (e: Evaluation): EvaluationSheetSpec<DistrictEvaluation> => {
  const prev = e.year - 1;
  const triple = (key: string, header: string, type: "amount" | "integer"): ColumnSpec[] => [
    { key: `${key}Vorjahr`, header: `${header} ${prev}`, type, width: 13 },
    { key, header: `${header} ${e.year}`, type, width: 13 },
    {
      key: `${key}Delta`,
      header: `Veränderung ${header}`,
      type: type === "amount" ? "signedAmount" : "integer",
      width: 13,
    },
  ];
  const columns: ColumnSpec[] = [
    { key: "district", header: "Stadtteil", type: "text", width: 30 },
    ...triple("kosten", "Kosten", "amount"),
    { key: "kostenProzent", header: "Veränderung Kosten in %", type: "percent", width: 11 },
    ...triple("teilnehmer", "Teilnehmer", "integer"),
    ...STEPS.flatMap((i) => triple(`s${i}`, `Wirkungen ${stepHeader(i)}`, "integer")),
  ];
  const L = (key: string) => `${letterOf(columns, key)}{r}`;
  const delta = (key: string, a: number | null, b: number | null): Cell =>
    a === null && b === null
      ? null
      : { formula: `${L(key)}-${L(`${key}Vorjahr`)}`, result: roundEuros((b ?? 0) - (a ?? 0)) };
  return {
    name: "Vorjahresvergleich",
    title: `Vergleich ${e.year} mit ${prev} je Stadtteil (aus den Jahresberichten: 3.1 Kostensumme, 3.5 Teilnehmerzahl, 3.4 Wirkungen)`,
    notes: ["Leere Zellen: kein Jahresbericht in diesem Jahr."],
    columns,
    rows: (d) => {
      const p = d.previous;
      const c = d.current;
      const cells: Record<string, Cell> = {
        district: districtName(e.programmeId, d.districtId),
        kostenVorjahr: euros(p?.kosten),
        kosten: euros(c?.kosten),
        kostenDelta: delta("kosten", euros(p?.kosten), euros(c?.kosten)),
        kostenProzent:
          p && c && p.kosten !== 0
            ? {
                formula: `${L("kosten")}/${L("kostenVorjahr")}-1`,
                result: c.kosten / p.kosten - 1,
              }
            : null,
        teilnehmerVorjahr: p?.teilnehmer ?? null,
        teilnehmer: c?.teilnehmer ?? null,
        teilnehmerDelta: delta("teilnehmer", p?.teilnehmer ?? null, c?.teilnehmer ?? null),
      };
      for (const i of STEPS) {
        const a = p?.wirkungenJeStufe[i] ?? null;
        const b = c?.wirkungenJeStufe[i] ?? null;
        Object.assign(cells, { [`s${i}Vorjahr`]: a, [`s${i}`]: b, [`s${i}Delta`]: delta(`s${i}`, a, b) });
      }
      return [columns.map((col) => cells[col.key] ?? null)];
    },
    totals: [
      {
        label: "Summe",
        cells: {
          ...sumAll(
            columns.filter((c) => c.key !== "district" && c.key !== "kostenProzent").map((c) => c.key),
          ),
        },
      },
    ],
    charts: [
      {
        title: `Kosten je Stadtteil ${prev} und ${e.year}`,
        kind: "clustered",
        categories: "district",
        series: ["kostenVorjahr", "kosten"],
        anchor: { col: 0, row: 0, cols: 10, rows: 20 },
      },
    ],
  };
};

/** Plan und Realität: 2.3 and 3.4 and the three Abgleich answers of every Jahresbericht side by side. */
const planSheet = (e: Evaluation, options: ConsolidationOptions): SheetSpec<ContentItem> => ({
  name: "Plan und Realität",
  title: `Abgleich Planung und Realität (2.3 Lösungsansätze, 3.4 Wirkungen), ${e.year}`,
  notes: [],
  columns: [
    { key: "district", header: "Stadtteil", type: "text", width: 22 },
    { key: "traeger", header: "Träger", type: "text", width: 22 },
    { key: "plan", header: "2.3 Lösungsansätze (erwartete Wirkung, Stufe)", type: "longText", width: 40 },
    { key: "ist", header: "3.4 Erzielte Wirkungen (Stufe)", type: "longText", width: 40 },
    // The form's three questions, word for word (the layout's labels).
    ...(["deckungsgleich", "differenzen", "gruende"] as const).map((key) => ({
      key,
      header: JB_LABELS.abgleich[key],
      type: "longText" as const,
      width: 36,
    })),
    { key: "vorgang", header: "Vorgang", type: "text", width: 46 },
    { key: "link", header: "Gespeicherte Version", type: "link", width: 16 },
  ],
  rows: (item) => {
    if (item.filing.kind !== "jahresbericht") return [];
    const jb = item.filing.data;
    const { programmeId, traegerId, districtId } = item.filing.meta;
    const step = (s: number | null) => (s === null ? "ohne Stufe" : `Stufe ${s}`);
    return [
      [
        districtName(programmeId, districtId),
        traegerName(programmeId, traegerId),
        cleanText(
          jb.loesungsansaetze
            .map((l) => `${l.zielgruppe}: ${l.leistung} → ${l.erwarteteWirkung} (${step(l.stufe)})`)
            .join("\n"),
        ),
        cleanText(jb.wirkungen.map((w) => `${w.leistungen} → ${w.wirkung} (${step(w.stufe)})`).join("\n")),
        cleanText(jb.abgleich.deckungsgleich),
        cleanText(jb.abgleich.differenzen),
        cleanText(jb.abgleich.gruende),
        item.filingId,
        linkCell(item.filingId, item.version, options.linkBase),
      ],
    ];
  },
  totals: [],
});

export const evaluationSheets = (e: Evaluation, options: ConsolidationOptions = {}) => ({
  effects: effectsSheet(e),
  money: moneySheet(e),
  yearOverYear: yearOverYearSheet(e),
  plan: planSheet(e, options),
});
