import { describe, expect, it } from "vitest";
import { emptyJahresbericht, emptyVerwendungsnachweis } from "../filing/empty-filing";
import { DEFINED_NAMES } from "./defined-names";
import { LAYOUTS } from "./layouts";
import { getIn } from "../filing/path-access";

const leafPaths = (value: unknown, path: (string | number)[] = []): string[] =>
  value !== null && typeof value === "object" && !Array.isArray(value)
    ? Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...path, k]))
    : [path.join(".")];

describe("layouts", () => {
  it("give every defined name and table a unique, valid Excel name", () => {
    const names = DEFINED_NAMES.map((n) => n.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z_][a-z0-9_.]*$/);
  });

  it("place every field of the schema in exactly one cell or table", () => {
    for (const [kind, empty] of [
      ["verwendungsnachweis", emptyVerwendungsnachweis()],
      ["jahresbericht", emptyJahresbericht()],
    ] as const) {
      const layout = LAYOUTS[kind];
      const placed = [
        ...layout.fields.flatMap((f) => (f.path ? [f.path.join(".")] : [])),
        ...layout.tables.map((t) => t.path.join(".")),
      ];
      expect(new Set(placed).size).toBe(placed.length);
      expect(placed.sort()).toEqual(leafPaths(empty).sort());
      for (const f of layout.fields) if (f.path) expect(getIn(empty, f.path)).not.toBeUndefined();
    }
  });

  it("puts each table on a sheet of its own so rows can be inserted, named cells only above it", () => {
    const row = (address: string) => Number(/\d+/.exec(address)?.[0]);
    for (const layout of Object.values(LAYOUTS)) {
      const sheets = layout.tables.map((t) => t.sheet);
      expect(new Set(sheets).size).toBe(sheets.length);
      // A row inserted into the table (or a table grown downwards) never runs into a named cell.
      for (const t of layout.tables)
        expect(layout.fields.filter((f) => f.sheet === t.sheet && row(f.address) >= row(t.start))).toEqual(
          [],
        );
    }
  });
});
