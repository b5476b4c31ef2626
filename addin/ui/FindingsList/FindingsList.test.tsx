import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { blankFiling } from "../../../shared/filing/forms";
import { sampleVerwendungsnachweis } from "../../../shared/samples/sample-filings";
import { withGrantedZuschuss } from "../../../shared/layout/with-granted-zuschuss";
import { defaultProgramParams } from "../../../shared/programme/params-for-year";
import { validate } from "../../../shared/rules/validate";
import { FindingsList } from "./FindingsList";

const META = { programmeId: "stadtteilmanagement", traegerId: "awo", districtId: "kaltenmoor", year: 2025 };
const params = defaultProgramParams(META);
const render = (node: React.ReactNode) =>
  renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);
const status = (html: string) => /role="status"[^>]*>([^<]*)</.exec(html)?.[1];
const CHECKED = new Date("2026-03-01T09:30:00Z");

describe("FindingsList", () => {
  it("greets a fresh template with what is still to fill in, not with Fehler", () => {
    const fresh = withGrantedZuschuss(blankFiling("verwendungsnachweis", META), params);
    const findings = validate(fresh, params);
    const fehler = findings.filter((f) => f.severity === "fehler").length;
    expect(fehler).toBeGreaterThan(1);
    const html = render(<FindingsList findings={findings} filing={fresh} checkedAt={CHECKED} />);
    expect(status(html)).toMatch(
      new RegExp(`^(keine Befunde|0 Fehler, .*) · ${fehler} Angaben noch auszufüllen$`),
    );
    expect(html).toContain(`Noch auszufüllen (${fehler})`);
    expect(html).not.toMatch(/>Fehler</); // no Fehler badge: each open item says „auszufüllen“
    expect(html).toContain(">auszufüllen<");
  });

  it("keeps a broken cap a Fehler and lists only the empty Begründung apart", () => {
    const filing = sampleVerwendungsnachweis(META);
    filing.data.sachkosten = 700_001;
    filing.data.belegliste = []; // no Belegliste kept: only the cap speaks to the Sachkosten
    const findings = validate(filing, params);
    const fehler = findings.filter((f) => f.severity === "fehler").length;
    const html = render(<FindingsList findings={findings} filing={filing} checkedAt={CHECKED} />);
    expect(status(html)).toMatch(
      new RegExp(`^${fehler - 1} Fehler, \\d+ Warnung(en)?, \\d+ Hinweis(e)? · 1 Angabe noch auszufüllen$`),
    );
    const cap = findings.find((f) => f.ruleId === "VN-SACHKOSTEN-CAP")!;
    expect(html.indexOf(cap.message)).toBeLessThan(html.indexOf("Noch auszufüllen"));
    expect(html).not.toMatch(/\b1 Warnungen\b|\b1 Hinweise\b/);
    expect(html).toMatch(/<ul[^>]*aria-label="Befunde"/);
  });

  it("says „keine Befunde“ for a complete filing", () => {
    const filing = sampleVerwendungsnachweis(META);
    const html = render(
      <FindingsList
        findings={validate(filing, params).filter((f) => f.severity !== "fehler" && f.severity !== "warnung")}
        filing={filing}
        checkedAt={CHECKED}
      />,
    );
    expect(status(html)).toMatch(/^(keine Befunde|0 Fehler, 0 Warnungen, \d+ Hinweis(e)?)$/);
  });

  it("prompts for a template on a blank workbook instead of a Fehler", () => {
    const prompt = "Diese Arbeitsmappe enthält noch keinen Bericht: „Vorlage einfügen“ wählen.";
    const html = render(<FindingsList findings={[]} noTemplate={prompt} checkedAt={CHECKED} />);
    expect(status(html)).toBe(prompt);
    expect(html).not.toContain("Fehler");
  });
});
