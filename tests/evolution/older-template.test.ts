import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formSheetBuilder } from "../../shared/layout/form-builder";
import type { FormLayout } from "../../shared/layout/layout-types";
import { layoutFor } from "../../shared/layout/layouts";
import { LAYOUT_VERSION } from "../../shared/layout/meta-layout";
import { checkWorkbook } from "../../shared/workbook/check-workbook";
import { readSnapshot } from "../../shared/workbook/read-snapshot";
import { WORKBOOK_REQUEST } from "../../shared/workbook/read-request";
import { guardXlsxParts } from "../../shared/xlsx/guard-xlsx";
import { xlsxHost } from "../../shared/xlsx/xlsx-host";
import { fixtureDir } from "./fixture-files";

const NEW_FIELD = "VN_kopf_zuschuss";
const TOMORROW = LAYOUT_VERSION + 1;

/** Tomorrow's layout: the Zuschussbetrag is taken as a field that came with the next layout version. */
const tomorrowsLayout = (kind: Parameters<typeof layoutFor>[0]): FormLayout => {
  const today = layoutFor(kind);
  return {
    ...today,
    fields: today.fields.map((f) => (f.name === NEW_FIELD ? { ...f, since: TOMORROW } : f)),
  };
};

/** The filled Verwendungsnachweis of the v2 fixtures, as if it had been issued without the field. */
const issuedWithout = async () => {
  const bytes = readFileSync(`${fixtureDir(2)}/verwendungsnachweis-ausgefuellt.xlsx`);
  const snapshot = await xlsxHost(guardXlsxParts(bytes)).read(WORKBOOK_REQUEST);
  delete snapshot.names[NEW_FIELD];
  return snapshot;
};

describe("a field added after a workbook was issued", () => {
  it("takes `since` in the form builder", () => {
    const form = formSheetBuilder("VN", "Verwendungsnachweis", {
      title: "",
      kopf: { title: "", zuschuss: "Zuschuss" },
    });
    form.field(["kopf", "zuschuss"], "amount", { since: TOMORROW });

    expect(form.build().fields[0]?.since).toBe(TOMORROW);
  });

  it("reads the older workbook and says how to give the new field a cell, never that the workbook is broken", async () => {
    const read = readSnapshot(await issuedWithout(), tomorrowsLayout);

    const { filing, findings } = checkWorkbook(read);

    expect(filing?.kind).toBe("verwendungsnachweis");
    expect(read.absentFields.map((f) => f.path)).toEqual([["kopf", "zuschuss"]]);
    expect(findings.map((f) => f.ruleId)).not.toContain("EINGABE-MAPPE");
    const asked = findings.filter((f) => f.location.path.join(".") === "kopf.zuschuss");
    // Still required: the rule keeps its severity, and its message says where to enter the amount.
    expect(asked.map((f) => [f.ruleId, f.severity])).toEqual([["VN-PFLICHTANGABEN", "fehler"]]);
    expect(asked[0]?.message).toContain("älteren Vorlage (Layout-Version 2)");
    expect(asked[0]?.message).toContain("„Vorlage einfügen“");
    expect(findings.every((f) => !/beschädigt/i.test(f.message))).toBe(true);
  });

  it("still calls a name missing from a workbook of today's layout a deleted line", async () => {
    const read = readSnapshot(await issuedWithout());

    expect(read.absentFields).toEqual([]);
    expect(read.findings.map((f) => [f.ruleId, f.location.path.join(".")])).toEqual([
      ["EINGABE-MAPPE", "kopf.zuschuss"],
    ]);
  });
});

describe("the Belegliste (layout version 3) in a workbook issued before it", () => {
  const read = async (version: number, without?: string) => {
    const bytes = readFileSync(`${fixtureDir(version)}/verwendungsnachweis-ausgefuellt.xlsx`);
    const snapshot = await xlsxHost(guardXlsxParts(bytes)).read(WORKBOOK_REQUEST);
    if (without) delete snapshot.tables[without];
    return readSnapshot(snapshot);
  };

  it("reads a layout-2 workbook without the sheet as a filing without Belege, nothing called missing", async () => {
    const result = await read(3);

    expect(result.layoutVersion).toBe(2);
    expect(result.filing?.kind === "verwendungsnachweis" && result.filing.data.belegliste).toEqual([]);
    expect(result.findings).toEqual([]);
    expect(checkWorkbook(result).findings.filter((f) => f.ruleId.startsWith("VN-BELEG"))).toEqual([]);
  });

  it("reads the Belegliste of a layout-3 workbook, and calls a deleted tblBelege there a missing table", async () => {
    const today = await read(4);
    const deleted = await read(4, "tblBelege");

    expect(today.layoutVersion).toBe(LAYOUT_VERSION);
    expect(today.filing?.kind === "verwendungsnachweis" && today.filing.data.belegliste.length).toBe(8);
    expect(deleted.findings.map((f) => [f.ruleId, f.location.path.join(".")])).toEqual([
      ["EINGABE-MAPPE", "belegliste"],
    ]);
  });
});
