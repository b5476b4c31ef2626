import { describe, expect, it } from "vitest";
import { readCellValue } from "./read-cell-value";

describe("readCellValue", () => {
  it("reads amounts from numbers with float noise and from German text", () => {
    expect(readCellValue("amount", 1234.5600000000002).value).toBe(123_456);
    expect(readCellValue("amount", "1.234,56 €").value).toBe(123_456);
    expect(readCellValue("amount", -5).value).toBe(-500);
  });

  it("never reads other text as 0", () => {
    const read = readCellValue("amount", "abc");
    expect(read).toMatchObject({ value: null, issue: { ruleId: "EINGABE-BETRAG" } });
  });

  it("reads a Stellenanteil as 50 %, 0,5 or 0.5, as typed: only float noise is cleaned off", () => {
    expect(readCellValue("percent", "50 %").value).toBe(0.5);
    expect(readCellValue("percent", "0,5").value).toBe(0.5);
    expect(readCellValue("percent", 0.333333333).value).toBe(0.333333333);
    expect(readCellValue("percent", 0.1 + 0.2).value).toBe(0.3);
  });

  it("keeps a share just above 100 % or just above 0 % as typed, so the range rule sees it", () => {
    expect(readCellValue("percent", 1.00004).value).toBe(1.00004);
    expect(readCellValue("percent", 0.00004).value).toBe(0.00004);
  });

  it("reads an amount typed as German text, and says Excel does not sum it", () => {
    const read = readCellValue("amount", "51.234,56 €");
    expect(read.value).toBe(5_123_456);
    expect(read.issue?.ruleId).toBe("EINGABE-TEXTBETRAG");
  });

  it("reports an amount with more than two decimals, and keeps float noise silent", () => {
    expect(readCellValue("amount", 6999.995).issue?.message).toContain("mehr als zwei Nachkommastellen");
    expect(readCellValue("amount", 1234.5600000000002)).toEqual({ value: 123_456 });
  });

  it("reads dates from Excel dates, serial numbers and German text", () => {
    expect(readCellValue("date", new Date(Date.UTC(2025, 11, 31))).value).toBe("2025-12-31");
    expect(readCellValue("date", 46022).value).toBe("2025-12-31");
    expect(readCellValue("date", "31.12.2025").value).toBe("2025-12-31");
    expect(readCellValue("date", "31.02.2025").issue?.ruleId).toBe("EINGABE-DATUM");
  });

  it("maps dropdown labels and bare step numbers back to values", () => {
    expect(
      readCellValue(
        "choice",
        "4 – Zielgruppen verändern Bewusstsein bzw. Fähigkeiten (Outcome)",
        "wirkungstreppe",
      ).value,
    ).toBe(4);
    expect(readCellValue("choice", 7, "wirkungstreppe").value).toBe(7);
    expect(readCellValue("choice", "Ehrenamtliche", "personengruppe").value).toBe("ehrenamtliche");
    expect(readCellValue("choice", "8", "wirkungstreppe").issue?.ruleId).toBe("EINGABE-AUSWAHL");
  });

  it("reads ja/nein, empty as nein", () => {
    expect(readCellValue("boolean", "ja", "jaNein").value).toBe(true);
    expect(readCellValue("boolean", null, "jaNein").value).toBe(false);
    expect(readCellValue("boolean", "vielleicht", "jaNein").issue?.ruleId).toBe("EINGABE-AUSWAHL");
  });

  it("turns cell errors into findings", () => {
    expect(readCellValue("integer", { error: "#DIV/0!" }).issue?.message).toContain("#DIV/0!");
  });
});
