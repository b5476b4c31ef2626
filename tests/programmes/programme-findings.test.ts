import { describe, expect, it } from "vitest";
import { actionWording } from "../../addin/ui/ReviewActions/action-wording";
import { statusBadgeText } from "../../addin/ui/StatusBadge/StatusBadge";
import {
  FILING_STATUSES,
  FORM_ACTIONS,
  REVIEW_ACTIONS,
  STATUS_LABELS,
  formActionError,
  transitionError,
  type ReviewAction,
} from "../../shared/domain/lifecycle";
import type { Filing, VerwendungsnachweisFiling } from "../../shared/filing/filing";
import { VN_PRUEFUNG_LABELS, labelForPath } from "../../shared/filing/labels";
import { CHOICE_LISTS, optionLabel } from "../../shared/layout/choice-lists";
import { LAYOUTS } from "../../shared/layout/layouts";
import { readCellValue } from "../../shared/layout/read-cell-value";
import { defaultProgramParams } from "../../shared/programme/params-for-year";
import { actionLabel, lifecycleWords, statusLabel } from "../../shared/programme/lifecycle-words";
import { programmeLabel } from "../../shared/programme/render-text";
import type { Finding } from "../../shared/rules/finding";
import { validate } from "../../shared/rules/validate";
import { sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { validateWorkbook } from "../../shared/xlsx/read-workbook";
import { JAHRESBERICHT_CASES } from "../workbook/fixtures/jahresbericht-rule-breaking-cases";
import { buildWorkbook } from "../workbook/fixtures/rule-breaking-case";
import { VERWENDUNGSNACHWEIS_CASES } from "../workbook/fixtures/verwendungsnachweis-rule-breaking-cases";
import { META, first, leaks, neutral, second } from "./first-programme-words";

/**
 * What the product says about a second programme's filing – its statuses and review steps, every
 * finding of its rules and of the workbook reader, every field's label – holds no word of the
 * first: no „Stadtteilmanagement“, no „51.12“. The first programme keeps its own words.
 */
const ACTIONS = Object.keys(REVIEW_ACTIONS) as ReviewAction[];
const office = second.texte.vorgangsstelle!;

describe("the review steps in the programme's words", () => {
  const words = [
    ...FILING_STATUSES.map((s) => statusLabel(second.id, s)),
    ...FILING_STATUSES.map((s) => statusBadgeText(s, second.id)),
    ...ACTIONS.map((a) => actionLabel(second.id, a)),
    ...ACTIONS.flatMap((a) => Object.values(actionWording(second.id, a))),
  ].join("\n");

  it("names the second programme's office where a filing is forwarded, never the first's", () => {
    expect(statusLabel(second.id, "weitergeleitet")).toBe(`an ${office} weitergeleitet`);
    expect(actionWording(second.id, "weiterleiten").button).toBe(`An ${office} weiterleiten`);
    expect(actionWording(second.id, "kenntnis").consequence).toContain(`an ${office} weiterleiten`);
    expect(programmeLabel(VN_PRUEFUNG_LABELS.weitergeleitet.datum, second.id)).toBe(
      `An ${office} zum Vorgang am`,
    );
    expect(words).not.toContain("51.12");
    expect(leaks(words)).toEqual([]);
  });

  it("refuses a step in the wrong status or form in the programme's words", () => {
    const messages = [
      ...ACTIONS.flatMap((a) =>
        FILING_STATUSES.map((s) => transitionError(a, s, lifecycleWords(second.id)) ?? ""),
      ),
      ...ACTIONS.flatMap((a) =>
        (["verwendungsnachweis", "jahresbericht"] as const).map(
          (k) => formActionError(a, k, lifecycleWords(second.id)) ?? "",
        ),
      ),
    ].join("\n");

    expect(messages).toContain(`„an ${office} zum Vorgang weitergeleitet“`);
    expect(leaks(messages)).toEqual([]);
  });

  it("keeps the first programme's words as they were, and neutral ones where no programme is known", () => {
    expect(statusLabel(first.id, "weitergeleitet")).toBe("an 51.12 weitergeleitet");
    expect(actionLabel(first.id, "weiterleiten")).toBe("an 51.12 zum Vorgang weitergeleitet");
    expect(actionWording(first.id, "weiterleiten")).toEqual({
      button: "An 51.12 weiterleiten",
      done: "an 51.12 weitergeleitet",
      consequence:
        "Der Vorgang geht an 51.12 und ist damit abgeschlossen; weitere Änderungen sind nicht mehr möglich.",
    });
    expect(actionWording(first.id, "pruefen").consequence).toContain(
      "an die Stabsstellenleitung zur Kenntnisnahme",
    );
    expect(programmeLabel(VN_PRUEFUNG_LABELS.weitergeleitet.datum, first.id)).toBe("An 51.12 zum Vorgang am");
    expect(STATUS_LABELS.weitergeleitet).toBe("zum Vorgang weitergeleitet");
    expect(statusLabel(undefined, "weitergeleitet")).toBe("zum Vorgang weitergeleitet");
    expect(actionWording(undefined, "weiterleiten").button).toBe("Zum Vorgang weiterleiten");
    expect(FORM_ACTIONS.jahresbericht).toContain("weiterleiten");
  });
});

describe("every label of a field in the programme's words", () => {
  it("labels every field, table and column of both forms and every choice without a word of the first", () => {
    const labels = Object.values(LAYOUTS).flatMap((layout) => [
      ...layout.fields.flatMap((f) => [
        programmeLabel(f.label, second.id),
        ...(f.path ? [labelForPath(layout.kind, f.path, second.id)] : []),
      ]),
      ...layout.tables.flatMap((t) => [
        programmeLabel(t.label, second.id),
        ...t.columns.map((c) => labelForPath(layout.kind, [...t.path, 0, c.key], second.id)),
      ]),
    ]);
    const choices = Object.values(CHOICE_LISTS).flatMap((l) =>
      l.options.map((o) => optionLabel(o, second.id)),
    );
    const texts = [...labels, ...choices].join("\n");

    expect(texts).toContain(`(${second.texte.budgetName})`);
    expect(texts).toContain(`${second.texte.gegenstand} (Stunden/Woche)`);
    expect(texts).not.toMatch(/\{\w+\}/);
    expect(leaks(texts)).toEqual([]);
  });

  it("names the first group of 3.2 by the programme where a cell holds none of the list", () => {
    const message = readCellValue("choice", "Hausmeister", "personengruppe", second.id).issue?.message ?? "";
    expect(message).toContain(`„${second.texte.gegenstand} (Stunden/Woche)“`);
    expect(leaks(message)).toEqual([]);
  });
});

describe("every finding on a broken second-programme filing in the programme's words", () => {
  /** A case's filing moved to the second programme, typed texts of the first replaced. */
  const moved = (filing: Filing): Filing => neutral({ ...filing, meta: META } as Filing);
  const params = defaultProgramParams(META);
  const cases = [...VERWENDUNGSNACHWEIS_CASES, ...JAHRESBERICHT_CASES];

  it.each(cases.map((c) => [c.ruleId, c.how, c] as const))("%s: %s", async (_ruleId, _how, c) => {
    const { filing, findings } = await validateWorkbook(
      await buildWorkbook({ ...c, filing: moved(c.filing) }),
      {
        params,
        ...(c.verwendungsnachweis && {
          verwendungsnachweis: (moved(c.verwendungsnachweis) as VerwendungsnachweisFiling).data,
        }),
      },
    );

    expect(filing?.meta.programmeId).toBe(second.id);
    const texts = findings.flatMap((f) => [f.message, f.location.label, f.related?.label ?? ""]).join("\n");
    expect(leaks(texts)).toEqual([]);
  });

  it("reports the rules naming the programme's words in its own", async () => {
    const auswahl = cases.find((c) => c.ruleId === "JB-AUSWAHL")!;
    const { findings } = await validateWorkbook(
      await buildWorkbook({ ...auswahl, filing: moved(auswahl.filing) }),
      {
        params,
      },
    );
    const overCap = moved(sampleVerwendungsnachweis()) as VerwendungsnachweisFiling;
    overCap.data.budget.betrag = params.budgetCap + 1;
    overCap.data.budget.zeilen = [{ beschreibung: "Quartiersfest", betrag: params.budgetCap + 1 }];

    const messages = (ruleId: string, of: readonly Finding[]) =>
      of
        .filter((f) => f.ruleId === ruleId)
        .map((f) => f.message)
        .join("\n");
    expect(messages("JB-AUSWAHL", findings)).toContain(`(${second.texte.gegenstand}, Kooperationspartner`);
    const budget = validate(overCap, params);
    expect(messages("VN-BUDGET-CAP", budget)).toContain(`Höchstbetrag des ${second.texte.budgetName}s`);
    expect(budget.find((f) => f.ruleId === "VN-BUDGET-CAP")?.location.label).toBe(
      "4. Kosten für präventive Angebote der Gemeinwesenarbeit (Quartiersbudget) › Kosten für präventive Angebote der Gemeinwesenarbeit",
    );
  });
});
