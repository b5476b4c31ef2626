import { findProgramme } from "../programme/programmes";
import type { OverviewItem } from "./consolidation-items";
import { STEP_SLOTS } from "./filing-amounts";

/** Figures of one district in one year, from its Jahresbericht (3.1, 3.4, 3.5). */
export interface DistrictYear {
  kosten: number;
  teilnehmer: number;
  wirkungenJeStufe: number[];
}

export interface DistrictEvaluation {
  districtId: string;
  current: DistrictYear | null;
  previous: DistrictYear | null;
}

/** Money per step in cents, and how many effects stand on it ([ohne Stufe, 1…7], plus "ohne Wirkung"). */
export interface StepMoney {
  anzahl: number[];
  mittel: number[];
  /** Costs of Jahresberichte that name no effect at all: shown apart so the sum still reconciles. */
  ohneWirkung: number;
}

export interface Evaluation {
  programmeId: string;
  year: number;
  districts: DistrictEvaluation[];
  money: StepMoney;
}

/**
 * Splits a filing's costs evenly over its effects, in whole cents by largest remainder so the shares
 * add up to the costs exactly; each share goes to the step of its effect.
 */
export const splitOverSteps = (kosten: number, jeStufe: readonly number[]): number[] => {
  const total = jeStufe.reduce((a, b) => a + b, 0);
  if (total === 0) return jeStufe.map(() => 0);
  const exact = jeStufe.map((n) => (kosten * n) / total);
  const shares = exact.map(Math.floor);
  let rest = kosten - shares.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => [x - Math.floor(x), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (rest <= 0) break;
    shares[i]! += 1;
    rest -= 1;
  }
  return shares;
};

/**
 * Collects the evaluation while overview items of the year and of the year before stream past:
 * a few numbers per district, whatever the number of filings. Only Jahresberichte count – they carry
 * 3.1, 3.4 and 3.5; the Verwendungsnachweis's money is on the overview.
 */
export const evaluationAccumulator = (programmeId: string, year: number) => {
  const byDistrict = new Map<string, DistrictEvaluation>();
  const money: StepMoney = {
    anzahl: new Array<number>(STEP_SLOTS).fill(0),
    mittel: new Array<number>(STEP_SLOTS).fill(0),
    ohneWirkung: 0,
  };
  const district = (districtId: string) => {
    let d = byDistrict.get(districtId);
    if (!d) byDistrict.set(districtId, (d = { districtId, current: null, previous: null }));
    return d;
  };
  const addTo = (slot: DistrictYear | null, item: OverviewItem): DistrictYear => {
    const a = item.amounts!;
    const into = slot ?? {
      kosten: 0,
      teilnehmer: 0,
      wirkungenJeStufe: new Array<number>(STEP_SLOTS).fill(0),
    };
    into.kosten += a.kostensumme;
    into.teilnehmer += a.teilnehmer;
    a.wirkungenJeStufe.forEach((n, i) => (into.wirkungenJeStufe[i]! += n));
    return into;
  };
  return {
    /** Every expected district appears, even before its first filing. */
    expect: (districtId: string) => void district(districtId),
    add: (item: OverviewItem) => {
      if (item.kind !== "jahresbericht" || !item.amounts) return;
      const d = district(item.meta.districtId);
      if (item.meta.year === year) {
        d.current = addTo(d.current, item);
        const shares = splitOverSteps(item.amounts.kostensumme, item.amounts.wirkungenJeStufe);
        shares.forEach((s, i) => (money.mittel[i]! += s));
        item.amounts.wirkungenJeStufe.forEach((n, i) => (money.anzahl[i]! += n));
        if (item.amounts.wirkungenJeStufe.every((n) => n === 0))
          money.ohneWirkung += item.amounts.kostensumme;
      } else if (item.meta.year === year - 1) d.previous = addTo(d.previous, item);
    },
    result: (): Evaluation => {
      // Stammdaten order first (what readers know), then districts the Stammdaten do not list.
      const order = (findProgramme(programmeId)?.districts ?? []).map((d) => d.id);
      const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
      const districts = [...byDistrict.values()].sort(
        (a, b) => rank(a.districtId) - rank(b.districtId) || a.districtId.localeCompare(b.districtId),
      );
      return { programmeId, year, districts, money };
    },
  };
};
