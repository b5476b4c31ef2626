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

/** A row: its label and what it costs for the city, 100× and 10,000× its filings. */
type Row = [label: string, cells: string[]];

const ALARM_PRICE_USD = 0.1;

const rows = ({ alarmMetrics, backupRules, retentionDays }: CostFacts): Row[] => {
  const alarms = `${(alarmMetrics * ALARM_PRICE_USD * 12).toFixed(2)} $`;
  return [
    ["API requests (× 1.20 $/M)", ["3,000 → 0.00 $", "300,000 → 0.36 $", "30 M → 36 $"]],
    ["Lambda (requests + 0.5 GB-s each)", ["0.02 $", "2.06 $", "206 $"]],
    ["DynamoDB requests (250 WRU + 1,000 RRU per filing)", ["0.01 $", "1.03 $", "103 $"]],
    ["DynamoDB storage + PITR, year 1 → year 10", ["0.02 $ → 0.20 $", "1.98 $ → 19.83 $", "198 $ → 1,983 $"]],
    [
      `AWS Backup (${backupRules} Backup-Regeln × ${retentionDays} Tage), year 1 → year 10`,
      ["0.01 $ → 2.83 $", "1 $ → 283 $", "100 $ → 28,300 $"],
    ],
    ["CloudFront (10 sessions × 1 MB per filing)", ["0.03 $", "3.27 $", "327 $"]],
    [
      `CloudWatch alarms (${alarmMetrics} alarm metrics × 0.10 $ × 12, counted in the template)`,
      [alarms, alarms, alarms],
    ],
    ["Custom metrics (≈ 40: 4 + one per rule and review action)", ["< 1 $ (a few hours)", "≈ 20 $", "144 $"]],
    ["Logs (1.5 KB per request), X-Ray", ["0.00 $", "0.28 $", "28 $ + 144 $"]],
    ["Cognito (MAU beyond 10,000)", ["0", "0", "62,500 MAU → 3,465 $"]],
  ];
};

/** The dollars a cell names ("28 $ + 144 $" is 172; "< 1 $" counts as 1; none is 0). */
const amount = (text: string) =>
  [...text.matchAll(/([\d,.]+) \$/g)].reduce((n, m) => n + Number(m[1]!.replace(/,/g, "")), 0);

/** A cell's dollars in year 1 and year 10: "a $ → b $" grows, anything else stays; "3,000 → 0.00 $" is 0. */
const yearsOf = (cell: string): [number, number] => {
  const [first, last = first] = cell.split(" → ") as [string, string?];
  return [amount(first.includes("$") ? first : last), amount(last)];
};

const dollars = (n: number) => `${Math.ceil(n - 1e-9).toLocaleString("en-US")} $`;

// Columns padded to equal width, as Prettier formats Markdown tables, so `prettier --check` stays green.
const width = (text: string) => [...text].length;

/** The table as Markdown, its total rounded up to whole dollars. */
export const renderCostTable = (facts: CostFacts): string => {
  const body = rows(facts);
  const sum = (column: number, year: 0 | 1) =>
    body.reduce((n, [, cells]) => n + yearsOf(cells[column]!)[year], 0);
  const total = [0, 1, 2].map((c) => `**≈ ${dollars(sum(c, 0))} (${dollars(sum(c, 1))})**`);
  const table = [
    ["per year", "city: 10 Träger, 30 filings", "100×: 3,000 filings", "10,000×: 300,000 filings"],
    ...body.map(([label, cells]) => [label, ...cells]),
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
