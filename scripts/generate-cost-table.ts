// The README's cost table, written between its markers from the synthesized stack: the alarm
// metrics and the backup rules are counted in the template, so a new route (three alarm metrics)
// or alarm changes the table by `npm run docs`, and a stale README fails
// infra/stack/retention-and-observability.test.ts. Prices and assumptions are the README's prose.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { CostFacts } from "../infra/stack/fixtures/cost-facts";

export const README_PATH = fileURLToPath(new URL("../README.md", import.meta.url));
const START = "<!-- cost-table:start -->";
const END = "<!-- cost-table:end -->";

/** The three scales of the table: the city, 100× and 10,000× its filings. */
type Scales = [city: number, hundred: number, tenThousand: number];
interface Row {
  label: string;
  cells: [string, string, string];
  /** Dollars a year at each scale, in year 1 and in year 10 ("< 1 $" counts as 1). */
  year1: Scales;
  year10?: Scales;
}

const ALARM_PRICE_USD = 0.1;

const rows = ({ alarmMetrics, backupRules, retentionDays }: CostFacts): Row[] => {
  const alarms = alarmMetrics * ALARM_PRICE_USD * 12;
  return [
    {
      label: "API requests (× 1.20 $/M)",
      cells: ["3,000 → 0.00 $", "300,000 → 0.36 $", "30 M → 36 $"],
      year1: [0, 0.36, 36],
    },
    {
      label: "Lambda (requests + 0.5 GB-s each)",
      cells: ["0.02 $", "2.06 $", "206 $"],
      year1: [0.02, 2.06, 206],
    },
    {
      label: "DynamoDB requests (250 WRU + 1,000 RRU per filing)",
      cells: ["0.01 $", "1.03 $", "103 $"],
      year1: [0.01, 1.03, 103],
    },
    {
      label: "DynamoDB storage + PITR, year 1 → year 10",
      cells: ["0.02 $ → 0.20 $", "1.98 $ → 19.83 $", "198 $ → 1,983 $"],
      year1: [0.02, 1.98, 198],
      year10: [0.2, 19.83, 1983],
    },
    {
      label: `AWS Backup (${backupRules} Backup-Regeln × ${retentionDays} Tage), year 1 → year 10`,
      cells: ["0.01 $ → 2.83 $", "1 $ → 283 $", "100 $ → 28,300 $"],
      year1: [0.01, 1, 100],
      year10: [2.83, 283, 28_300],
    },
    {
      label: "CloudFront (10 sessions × 1 MB per filing)",
      cells: ["0.03 $", "3.27 $", "327 $"],
      year1: [0.03, 3.27, 327],
    },
    {
      label: `CloudWatch alarms (${alarmMetrics} alarm metrics × 0.10 $ × 12, counted in the template)`,
      cells: [`${alarms.toFixed(2)} $`, `${alarms.toFixed(2)} $`, `${alarms.toFixed(2)} $`],
      year1: [alarms, alarms, alarms],
    },
    {
      label: "Custom metrics (≈ 40: 4 + one per rule and review action)",
      cells: ["< 1 $ (a few hours)", "≈ 20 $", "144 $"],
      year1: [1, 20, 144],
    },
    {
      label: "Logs (1.5 KB per request), X-Ray",
      cells: ["0.00 $", "0.28 $", "28 $ + 144 $"],
      year1: [0, 0.28, 172],
    },
    { label: "Cognito (MAU beyond 10,000)", cells: ["0", "0", "62,500 MAU → 3,465 $"], year1: [0, 0, 3465] },
  ];
};

const dollars = (n: number) => `${Math.ceil(n - 1e-9).toLocaleString("en-US")} $`;

// Columns padded to equal width, as Prettier formats Markdown tables, so `prettier --check` stays green.
const width = (text: string) => [...text].length;

/** The table as Markdown, its total rounded up to whole dollars. */
export const renderCostTable = (facts: CostFacts): string => {
  const body = rows(facts);
  const sum = (i: number, year10: boolean) =>
    body.reduce((n, r) => n + (year10 ? (r.year10 ?? r.year1) : r.year1)[i]!, 0);
  const total = [0, 1, 2].map((i) => `**≈ ${dollars(sum(i, false))} (${dollars(sum(i, true))})**`);
  const table = [
    ["per year", "city: 10 Träger, 30 filings", "100×: 3,000 filings", "10,000×: 300,000 filings"],
    ...body.map((r) => [r.label, ...r.cells]),
    ["**total, year 1 (year 10)**", ...total],
  ];
  const widths = table[0]!.map((_, c) => Math.max(3, ...table.map((row) => width(row[c]!))));
  const line = (row: string[]) =>
    `| ${row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join(" | ")} |`;
  const rule = `| ${widths.map((w, c) => (c === 0 ? "-".repeat(w) : `${"-".repeat(w - 1)}:`)).join(" | ")} |`;
  return [line(table[0]!), rule, ...table.slice(1).map(line)].join("\n");
};

/** The cost table of `readme`, between its markers. */
export const costTableOf = (readme: string): string => {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md: ${START} … ${END} fehlt.`);
  return readme.slice(start + START.length, end).trim();
};

/** `readme` with `table` between the markers. */
export const withCostTable = (readme: string, table: string): string =>
  readme.replace(costTableOf(readme), table);

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  // One synth without bundling: the template's alarms and backup plan do not depend on the code.
  const { synthStack } = await import("../infra/stack/fixtures/synth-stack");
  const { costFactsOf } = await import("../infra/stack/fixtures/cost-facts");
  const synthesized = synthStack({ env: "test" }, { bundle: false });
  try {
    const readme = readFileSync(README_PATH, "utf8");
    writeFileSync(README_PATH, withCostTable(readme, renderCostTable(costFactsOf(synthesized.template))));
    console.log(`Geschrieben: Kostentabelle in ${README_PATH}`);
  } finally {
    synthesized.cleanup();
  }
}
