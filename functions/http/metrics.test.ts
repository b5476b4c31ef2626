import { Metrics } from "@aws-lambda-powertools/metrics";
import { afterEach, describe, expect, it, vi } from "vitest";
import { METRIC, METRICS_NAMESPACE, recordRequestMetrics } from "./metrics";

type Emf = {
  _aws: { CloudWatchMetrics: { Namespace: string; Dimensions: string[][]; Metrics: { Name: string }[] }[] };
} & Record<string, unknown>;

/** The EMF lines Powertools writes to stdout while `fn` runs (the Lambda runtime turns them into metrics). */
const emfOf = (fn: () => void): Emf[] => {
  const lines: string[] = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    lines.push(...String(chunk).trim().split("\n"));
    return true;
  });
  try {
    fn();
  } finally {
    vi.restoreAllMocks();
  }
  return lines.filter((l) => l.includes('"_aws"')).map((l) => JSON.parse(l) as Emf);
};

const fresh = () => new Metrics({ namespace: METRICS_NAMESPACE, serviceName: "test" });
const counted = (emf: Emf[], name: string) =>
  emf.filter((e) => e._aws.CloudWatchMetrics[0]!.Metrics.some((m) => m.Name === name));

afterEach(() => vi.restoreAllMocks());

describe("request metrics", () => {
  it("count an accepted submission and flush it in the same invocation", () => {
    const emf = emfOf(() => recordRequestMetrics(fresh(), { routeId: "submitFiling", status: 201 }));
    expect(counted(emf, METRIC.submissions)).toHaveLength(1);
    expect(counted(emf, METRIC.submissions)[0]![METRIC.submissions]).toBe(1);
    expect(emf[0]!._aws.CloudWatchMetrics[0]!.Namespace).toBe(METRICS_NAMESPACE);
  });

  it("count findings per rule id, with the rule as the only added dimension", () => {
    const emf = emfOf(() =>
      recordRequestMetrics(fresh(), {
        routeId: "submitFiling",
        status: 422,
        rules: ["VN-VERWALTUNG-DECKEL", "VN-VERWALTUNG-DECKEL", "VN-IN-WORTEN"],
      }),
    );
    const findings = counted(emf, METRIC.findings);
    expect(findings.map((e) => [e.rule, e[METRIC.findings]])).toEqual([
      ["VN-VERWALTUNG-DECKEL", 2],
      ["VN-IN-WORTEN", 1],
    ]);
    for (const e of findings) expect(e._aws.CloudWatchMetrics[0]!.Dimensions).toEqual([["service", "rule"]]);
    expect(counted(emf, METRIC.submissions)).toHaveLength(0);
  });

  it("count review actions by action word and failed sign-ins", () => {
    const review = emfOf(() =>
      recordRequestMetrics(fresh(), { routeId: "reviewFiling", status: 200, action: "zurueckgeben" }),
    );
    expect(counted(review, METRIC.reviewActions)[0]!.action).toBe("zurueckgeben");
    const denied = emfOf(() => recordRequestMetrics(fresh(), { routeId: "listFilings", status: 401 }));
    expect(counted(denied, METRIC.signInFailures)).toHaveLength(1);
  });

  it("write nothing for a request that counts nothing", () => {
    expect(emfOf(() => recordRequestMetrics(fresh(), { routeId: "getFiling", status: 200 }))).toEqual([]);
  });
});
