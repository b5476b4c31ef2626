import { describe, expect, it } from "vitest";
import { sampleVerwendungsnachweis } from "../../samples/sample-filings";
import { defaultProgramParams } from "../../programme/params-for-year";
import { vnZuschussAusgezahlt } from "./zuschuss-ausgezahlt";

const filing = sampleVerwendungsnachweis();
const zuschuss = filing.data.kopf.zuschuss!;
const grant = (betrag: number) => ({
  ...defaultProgramParams(filing.meta),
  zuschuesse: [{ traegerId: filing.meta.traegerId, districtId: filing.meta.districtId, betrag }],
});
const check = (ausgezahlt: number | undefined, betrag = zuschuss) =>
  vnZuschussAusgezahlt.check(filing.data, {
    params: grant(betrag),
    meta: filing.meta,
    ...(ausgezahlt !== undefined && { ausgezahlt }),
  });

describe("VN-ZUSCHUSS-AUSGEZAHLT", () => {
  it("stays silent without payments (pane, CLI, submission)", () => {
    expect(check(undefined)).toEqual([]);
  });

  it("passes when the stated Zuschuss is what was paid and granted", () => {
    expect(check(zuschuss)).toEqual([]);
  });

  it("names granted and paid when one cent less was paid than stated", () => {
    const [v] = check(zuschuss - 1);
    expect(v?.path).toEqual(["kopf", "zuschuss"]);
    expect(v?.message).toMatch(/bewilligt .*, ausgezahlt /);
  });

  it("flags a payment above the granted amount even when the form states it", () => {
    expect(check(zuschuss, zuschuss - 1)).toHaveLength(1);
  });
});
