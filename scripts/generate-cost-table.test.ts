import { format, resolveConfig } from "prettier";
import { describe, expect, it } from "vitest";
import { costTableOf, README_PATH, renderCostTable, withCostTable } from "./generate-cost-table";

// The drift check against the synthesized template is in infra/stack/retention-and-observability.test.ts.
const facts = { alarmMetrics: 90, backupRules: 2, retentionDays: 3653 };

describe("renderCostTable", () => {
  it("writes Markdown that Prettier leaves as it is", async () => {
    const config = await resolveConfig(README_PATH);
    const table = `${renderCostTable(facts)}\n`;
    expect(await format(table, { ...config, filepath: README_PATH })).toBe(table);
  });

  it("prices the alarm metrics counted and adds them to every total", () => {
    const table = renderCostTable(facts);
    expect(table).toMatch(/CloudWatch alarms \(90 alarm metrics × 0\.10 \$ × 12[^|]*\|\s+108\.00 \$ \|/);
    expect(table).toContain("2 Backup-Regeln × 3653 Tage");
    expect(table).toContain("**≈ 110 $ (113 $)**");
    const more = renderCostTable({ ...facts, alarmMetrics: 93 });
    expect(more).toContain("(93 alarm metrics");
    expect(more).toContain("**≈ 113 $ (116 $)**");
  });

  it("replaces only what stands between the markers", () => {
    const readme = "vorher\n<!-- cost-table:start -->\n\nalt\n\n<!-- cost-table:end -->\nnachher\n";
    const written = withCostTable(readme, "neu");
    expect(written).toBe("vorher\n<!-- cost-table:start -->\n\nneu\n\n<!-- cost-table:end -->\nnachher\n");
    expect(costTableOf(written)).toBe("neu");
    expect(() => costTableOf("keine Marken")).toThrow(/cost-table:start/);
  });
});
