import { filingAmounts, type FilingAmounts } from "../../shared/consolidate/filing-amounts";
import { splitOverSteps } from "../../shared/consolidate/evaluation";
import type { Filing } from "../../shared/filing/filing";
import type { FilingStore } from "../../functions/core/filing-store";

/** Every stored filing's latest version of a programme's year, read one by one – the slow, obvious way. */
export const storedFilings = async (
  store: FilingStore,
  programmeId: string,
  year: number,
): Promise<Filing[]> => {
  const heads = await store.listHeads({ programmeId, year });
  const versions = await Promise.all(heads.map((h) => store.getVersion(h.filingId, h.latestVersion)));
  return versions.map((v) => v!.content);
};

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const euros = (cents: number) => cents / 100;

/**
 * What each totals cell of the consolidated workbook must show, computed straight from the stored
 * filings without the workbook code's sheet descriptions: sheet → totals row label → column header → value.
 */
export const expectedTotals = (current: Filing[], previous: Filing[], year: number) => {
  const of = (kind: Filing["kind"]) => current.filter((f) => f.kind === kind);
  const amounts = (fs: Filing[]) => fs.map(filingAmounts);
  const overviewRow = (a: FilingAmounts[], vn: boolean) => ({
    "Zuschuss angegeben": euros(sum(a.map((x) => x.zuschuss ?? 0))),
    "Weitere Einnahmen / Eigenmittel": euros(sum(a.map((x) => x.weitereEinnahmen))),
    Personalkosten: euros(sum(a.map((x) => x.personal))),
    "Verwaltungs- und Leitungskosten": euros(sum(a.map((x) => x.verwaltung))),
    "Arbeitsplatzbezogene Sachkosten": euros(sum(a.map((x) => x.sachkosten))),
    Stadtteilmanagementbudget: euros(sum(a.map((x) => x.budget))),
    Kostensumme: euros(sum(a.map((x) => x.kostensumme))),
    Differenz: vn ? euros(sum(a.map((x) => x.differenz ?? 0))) : 0,
  });
  const vn = of("verwendungsnachweis").flatMap((f) => (f.kind === "verwendungsnachweis" ? [f.data] : []));
  const jb = of("jahresbericht").flatMap((f) => (f.kind === "jahresbericht" ? [f.data] : []));
  const jbAmounts = amounts(of("jahresbericht"));
  const prevAmounts = amounts(previous.filter((f) => f.kind === "jahresbericht"));
  const steps = (a: FilingAmounts[], i: number) => sum(a.map((x) => x.wirkungenJeStufe[i]!));
  const stepColumns: Record<string, number> = {};
  const yoy: Record<string, number> = {
    [`Kosten ${year - 1}`]: euros(sum(prevAmounts.map((x) => x.kostensumme))),
    [`Kosten ${year}`]: euros(sum(jbAmounts.map((x) => x.kostensumme))),
    [`Teilnehmer ${year - 1}`]: sum(prevAmounts.map((x) => x.teilnehmer)),
    [`Teilnehmer ${year}`]: sum(jbAmounts.map((x) => x.teilnehmer)),
  };
  for (let i = 0; i <= 7; i++) {
    const header = i === 0 ? "ohne Stufe" : `Stufe ${i}`;
    stepColumns[header] = steps(jbAmounts, i);
    yoy[`Wirkungen ${header} ${year - 1}`] = steps(prevAmounts, i);
    yoy[`Wirkungen ${header} ${year}`] = steps(jbAmounts, i);
  }
  const money = jbAmounts.map((a) => splitOverSteps(a.kostensumme, a.wirkungenJeStufe));
  return {
    Übersicht: {
      "Summe Verwendungsnachweise": overviewRow(amounts(of("verwendungsnachweis")), true),
      "Summe Jahresberichte": overviewRow(jbAmounts, false),
    },
    Personal: {
      Summe: {
        Personalkosten: euros(sum(vn.flatMap((d) => d.personal.zeilen.map((z) => z.personalkosten ?? 0)))),
        Stellenanteil: sum(vn.flatMap((d) => d.personal.zeilen.map((z) => z.stellenanteil ?? 0))),
      },
    },
    Budget: { Summe: { Betrag: euros(sum(vn.flatMap((d) => d.budget.zeilen.map((z) => z.betrag ?? 0)))) } },
    Angebote: {
      Summe: { Teilnehmerzahl: sum(jb.flatMap((d) => d.angebote.map((a) => a.teilnehmerzahl ?? 0))) },
    },
    "Wirkungen je Stufe": { Summe: { ...stepColumns, Summe: sum(jb.map((d) => d.wirkungen.length)) } },
    "Mittel je Stufe": {
      Summe: {
        Wirkungen: sum(jb.map((d) => d.wirkungen.length)),
        "Anteilige Mittel": euros(sum(jbAmounts.map((a) => a.kostensumme))),
      },
    },
    Vorjahresvergleich: { Summe: yoy },
    moneyPerStep: money,
  };
};
