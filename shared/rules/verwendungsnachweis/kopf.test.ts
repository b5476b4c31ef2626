import type { ProgramParams } from "../../programme/program-params";
import { describe, expect, it } from "vitest";
import { sampleVerwendungsnachweis } from "../../samples/sample-filings";
import { PARAMS, brief, briefValidate, runVnRule, vnWith } from "../fixtures/filings";
import { validate } from "../validate";
import { vnPflichtangaben } from "./kopf";

describe("VN-PFLICHTANGABEN", () => {
  it("asks for Träger/Absender when only spaces are entered", () => {
    const filing = vnWith((vn) => {
      vn.kopf.absender = "   ";
    });

    const findings = briefValidate(filing);

    expect(findings).toEqual([
      { ruleId: "VN-PFLICHTANGABEN", severity: "fehler", path: ["kopf", "absender"] },
    ]);
  });

  it("names every missing header field in the order of the form", () => {
    const filing = vnWith((vn) => {
      vn.kopf = { ...vn.kopf, absender: "", stadtteilhaus: "", jahr: null, traegerName: "", zuschuss: null };
    });

    const findings = brief(runVnRule(vnPflichtangaben, filing));

    expect(findings.map((f) => f.path)).toEqual([
      ["kopf", "absender"],
      ["kopf", "stadtteilhaus"],
      ["kopf", "jahr"],
      ["kopf", "traegerName"],
      ["kopf", "zuschuss"],
    ]);
    expect(new Set(findings.map((f) => `${f.ruleId}/${f.severity}`))).toEqual(
      new Set(["VN-PFLICHTANGABEN/fehler"]),
    );
  });
});

describe("VN-JAHR", () => {
  it("rejects a header year other than the Förderjahr of the filing", () => {
    const filing = vnWith((vn) => {
      vn.kopf.jahr = 2024;
    });

    const findings = briefValidate(filing);

    expect(findings).toEqual([{ ruleId: "VN-JAHR", severity: "fehler", path: ["kopf", "jahr"] }]);
  });
});

describe("VN-ZUSCHUSS-IN-WORTEN", () => {
  it("refuses an „in Worten“ that names another amount (an error, not a warning)", () => {
    const filing = vnWith((vn) => {
      vn.kopf.zuschussInWorten = "zehn Euro";
    });

    const findings = briefValidate(filing);

    expect(findings).toEqual([
      { ruleId: "VN-ZUSCHUSS-IN-WORTEN", severity: "fehler", path: ["kopf", "zuschussInWorten"] },
    ]);
  });

  it("accepts the derived words regardless of case, spaces and hyphens", () => {
    const filing = vnWith((vn) => {
      vn.kopf.zuschussInWorten = vn.kopf.zuschussInWorten.toUpperCase().replace("TAUSEND", "-TAUSEND ");
    });

    expect(briefValidate(filing)).toEqual([]);
  });

  it("accepts an empty „in Worten“ (the workbook fills it in)", () => {
    const filing = vnWith((vn) => {
      vn.kopf.zuschussInWorten = "";
    });

    expect(briefValidate(filing)).toEqual([]);
  });
});

describe("VN-BESTAETIGUNG", () => {
  it("requires the declaration that the amount was used as granted", () => {
    const filing = vnWith((vn) => {
      vn.kopf.zuwendungsgemaessVerwendet = false;
    });

    const findings = briefValidate(filing);

    expect(findings).toEqual([
      { ruleId: "VN-BESTAETIGUNG", severity: "fehler", path: ["kopf", "zuwendungsgemaessVerwendet"] },
    ]);
  });
});

describe("VN-UNTERSCHRIFT", () => {
  it("asks for name, function and date of the signature", () => {
    const filing = vnWith((vn) => {
      vn.unterschrift = { name: "", funktion: " ", datum: null };
    });

    const findings = briefValidate(filing);

    expect(findings).toEqual([
      { ruleId: "VN-UNTERSCHRIFT", severity: "fehler", path: ["unterschrift", "name"] },
      { ruleId: "VN-UNTERSCHRIFT", severity: "fehler", path: ["unterschrift", "funktion"] },
      { ruleId: "VN-UNTERSCHRIFT", severity: "fehler", path: ["unterschrift", "datum"] },
    ]);
  });
});

describe("VN-ZUSCHUSS-BEWILLIGT", () => {
  const granted = (betrag: number) => ({
    ...PARAMS,
    zuschuesse: [{ traegerId: "awo", districtId: "kaltenmoor", betrag }],
  });

  it("warns when the stated Zuschuss differs from the granted one, naming both", () => {
    const filing = sampleVerwendungsnachweis();
    const findings = validate(filing, granted(10_000_000)).filter(
      (f) => f.ruleId === "VN-ZUSCHUSS-BEWILLIGT",
    );

    expect(brief(findings)).toEqual([
      { ruleId: "VN-ZUSCHUSS-BEWILLIGT", severity: "warnung", path: ["kopf", "zuschuss"] },
    ]);
    expect(findings[0]?.message.replace(/\u00a0/g, " ")).toContain("bewilligt wurden für 2025 100.000,00 €");
  });

  it("is silent when the amounts agree or nothing is granted for the Träger and district", () => {
    const filing = sampleVerwendungsnachweis();
    const ids = (params: ProgramParams) => validate(filing, params).map((f) => f.ruleId);

    expect(ids(granted(filing.data.kopf.zuschuss!))).not.toContain("VN-ZUSCHUSS-BEWILLIGT");
    expect(ids(PARAMS)).not.toContain("VN-ZUSCHUSS-BEWILLIGT");
  });
});
