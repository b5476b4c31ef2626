import { describe, expect, it } from "vitest";
import { amountInWords, sameWords } from "./amount-in-words";

describe("amountInWords", () => {
  it.each([
    [0, "null Euro"],
    [1, "ein Cent"],
    [100, "ein Euro"],
    [101, "ein Euro und ein Cent"],
    [2_100, "einundzwanzig Euro"],
    [6_123_456, "einundsechzigtausendzweihundertvierunddreißig Euro und sechsundfünfzig Cent"],
    [99_999_999, "neunhundertneunundneunzigtausendneunhundertneunundneunzig Euro und neunundneunzig Cent"],
    [100_000_000, "eine Million Euro"],
  ])("writes %i cents as „%s“", (cents, words) => {
    expect(amountInWords(cents)).toBe(words);
  });
});

describe("sameWords", () => {
  it("ignores case, spaces and hyphens", () => {
    expect(sameWords("Einundsechzig-Tausend Euro", "einundsechzigtausend Euro")).toBe(true);
  });

  it("tells different amounts apart", () => {
    expect(sameWords("zehn Euro", "elf Euro")).toBe(false);
  });
});
