import { describe, expect, it } from "vitest";
import { compareFieldPaths, labelForPath } from "./labels";

describe("labelForPath", () => {
  it("names a field by the paper form's labels, rows 1-based", () => {
    expect(labelForPath("verwendungsnachweis", ["personal", "zeilen", 2, "stellenanteil"])).toBe(
      "1. Personalkosten › Zeile 3 › Stellenanteil",
    );
  });

  it.each([
    [["__proto__", "__proto__"]],
    [["constructor", "prototype", "toString"]],
    [["kopf", "__proto__", "hasOwnProperty"]],
  ])("shows prototype keys %j as they are instead of walking into Object.prototype", (path) => {
    expect(labelForPath("verwendungsnachweis", path)).toEqual(expect.any(String));
    expect(compareFieldPaths("jahresbericht", path, ["ausblick"])).toEqual(expect.any(Number));
  });
});
