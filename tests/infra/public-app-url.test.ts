import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { linkBase, ROUTES_WITH_LINKS } from "../../functions/http/link-base";
import { routeById } from "../../shared/api/routes";
import { resourcesOf, synthStack, type Synthesized } from "../../infra/stack/fixtures/synth-stack";
import { asText } from "../../infra/stack/fixtures/template-values";

// The consolidated workbook's „Gespeicherte Version“ links point at the web app (PUBLIC_APP_URL).
// Deployed, the stack sets it: the configured task pane origin, or else the distribution's domain,
// without a dependency cycle (CloudFormation would refuse the template at deploy, cdk synth does not).

const TASK_PANE = "https://d111111abcdef8.cloudfront.net";

type Resource = { Properties?: unknown; DependsOn?: string | string[] };

/** Every logical id a value names through Ref, Fn::GetAtt or Fn::Sub. */
const referencesIn = (value: unknown, into: Set<string>): Set<string> => {
  if (Array.isArray(value)) value.forEach((v) => referencesIn(v, into));
  else if (value && typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (typeof v.Ref === "string") into.add(v.Ref);
    if (Array.isArray(v["Fn::GetAtt"])) into.add(String(v["Fn::GetAtt"][0]));
    const sub = v["Fn::Sub"];
    const text = typeof sub === "string" ? sub : Array.isArray(sub) ? String(sub[0]) : "";
    for (const m of text.matchAll(/\$\{([A-Za-z0-9]+)[.}]/g)) into.add(m[1]!);
    Object.values(v).forEach((x) => referencesIn(x, into));
  }
  return into;
};

/** A cycle among the template's resources (as logical ids), or undefined. */
const findCycle = (resources: Record<string, Resource>): string[] | undefined => {
  const edges = new Map(
    Object.entries(resources).map(([id, r]) => {
      const deps = referencesIn(r.Properties, new Set());
      for (const d of [r.DependsOn ?? []].flat()) deps.add(d);
      return [id, [...deps].filter((d) => d in resources)];
    }),
  );
  const state = new Map<string, "open" | "done">();
  const path: string[] = [];
  const visit = (id: string): string[] | undefined => {
    if (state.get(id) === "done") return undefined;
    if (state.get(id) === "open") return [...path.slice(path.indexOf(id)), id];
    state.set(id, "open");
    path.push(id);
    for (const d of edges.get(id) ?? []) {
      const cycle = visit(d);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(id, "done");
    return undefined;
  };
  for (const id of edges.keys()) {
    const cycle = visit(id);
    if (cycle) return cycle;
  }
  return undefined;
};

const environmentOf = (s: Synthesized, routeId: string) => {
  const route = routeById(routeId as never);
  const fn = resourcesOf(s.template, "AWS::Lambda::Function").find(
    ([, p]) => p.Description === `${route.method} ${route.path}`,
  )!;
  return (fn[1].Environment as { Variables: Record<string, unknown> }).Variables;
};

const resources = (s: Synthesized) =>
  (s.template.toJSON() as { Resources: Record<string, Resource> }).Resources;

describe("PUBLIC_APP_URL set by the stack", () => {
  let configured: Synthesized;
  let firstDeploy: Synthesized;
  beforeAll(() => {
    configured = synthStack({ env: "test", taskPaneOrigin: TASK_PANE }, { bundle: false });
    firstDeploy = synthStack({ env: "dev" }, { bundle: false });
  }, 300_000);
  afterAll(() => {
    configured?.cleanup();
    firstDeploy?.cleanup();
  });

  it("gives the Lambdas that write links the configured task pane origin, which link-base accepts", () => {
    for (const id of ROUTES_WITH_LINKS) {
      const url = environmentOf(configured, id).PUBLIC_APP_URL;
      expect(url, id).toBe(TASK_PANE);
      expect(linkBase(url as string)).toBe(TASK_PANE);
    }
  });

  it("gives them the distribution's https domain when no origin is configured", () => {
    const [[distribution]] = [resourcesOf(firstDeploy.template, "AWS::CloudFront::Distribution")] as const;
    const url = asText(environmentOf(firstDeploy, "getConsolidatedWorkbook").PUBLIC_APP_URL);
    expect(url).toBe(`https://{GetAtt:${distribution![0]}.DomainName}`);
  });

  it("leaves every other Lambda without it", () => {
    const withUrl = resourcesOf(configured.template, "AWS::Lambda::Function").filter(
      ([, p]) =>
        (p.Environment as { Variables?: Record<string, unknown> } | undefined)?.Variables?.PUBLIC_APP_URL,
    );
    expect(withUrl).toHaveLength(ROUTES_WITH_LINKS.length);
  });

  it("has no dependency cycle in either template", () => {
    expect(findCycle(resources(configured))).toBeUndefined();
    expect(findCycle(resources(firstDeploy))).toBeUndefined();
  });

  it("the cycle check finds a cycle when there is one", () => {
    expect(
      findCycle({
        A: { Properties: { x: { Ref: "B" } } },
        B: { Properties: { y: { "Fn::GetAtt": ["A", "Arn"] } } },
      }),
    ).toEqual(["A", "B", "A"]);
  });
});
