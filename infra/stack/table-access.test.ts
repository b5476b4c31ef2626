import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROUTES } from "../../shared/api/routes";
import { resourcesOf, synthStack, type Synthesized } from "./fixtures/synth-stack";
import { asList } from "./fixtures/template-values";

/**
 * What tableAccessOf decides, seen where it matters – the synthesized IAM policies and environment
 * of each route's Lambda – for routes the table does not have yet: a new route needs no edit in
 * infra/ to get the least access its method implies.
 */
const ADDED = [
  { id: "addedRead", method: "GET", path: "/added-read/{id}", handler: "get-filing", auth: true },
  { id: "addedWrite", method: "POST", path: "/added-write", handler: "put-draft", auth: true },
  { id: "addedPut", method: "PUT", path: "/added-put/{id}", handler: "put-draft", auth: true },
  { id: "addedPublic", method: "GET", path: "/added-public.json", handler: "openapi", auth: false },
] as const;
const WRITES = ["dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:BatchWriteItem"];

type Props = Record<string, unknown>;
let synth: Synthesized;
beforeAll(() => {
  const routes = [...ROUTES, ...ADDED.map((r) => ({ ...ROUTES[0], ...r }))];
  synth = synthStack({ env: "dev" }, { bundle: false, routes });
}, 180_000);
afterAll(() => synth?.cleanup());

const lambdaOf = (route: (typeof ADDED)[number]) => {
  const hit = resourcesOf(synth.template, "AWS::Lambda::Function").find(
    ([, p]) => p.Description === `${route.method} ${route.path}`,
  );
  expect(hit, route.id).toBeDefined();
  return hit![1];
};
const tableActionsOf = (fn: Props) => {
  const roleId = (fn.Role as { "Fn::GetAtt": string[] })["Fn::GetAtt"][0];
  return resourcesOf(synth.template, "AWS::IAM::Policy")
    .filter(([, p]) => asList(p.Roles).some((r) => (r as { Ref?: string }).Ref === roleId))
    .flatMap(([, p]) => (p.PolicyDocument as { Statement: Props[] }).Statement)
    .flatMap((s) => asList(s.Action as string | string[]))
    .filter((a) => a.startsWith("dynamodb:"));
};
const envOf = (fn: Props) =>
  Object.keys((fn.Environment as { Variables?: Props } | undefined)?.Variables ?? {});

describe("table access of a route added to the route table", () => {
  it("lets a new GET route behind sign-in read the table and nothing more", () => {
    const fn = lambdaOf(ADDED[0]);
    expect(tableActionsOf(fn)).toEqual(expect.arrayContaining(["dynamodb:GetItem", "dynamodb:Query"]));
    for (const write of WRITES) expect(tableActionsOf(fn)).not.toContain(write);
    expect(envOf(fn)).toContain("TABLE_NAME");
  });

  it.each([ADDED[1], ADDED[2]])("lets a new $method route write the table", (route) => {
    const fn = lambdaOf(route);
    expect(tableActionsOf(fn)).toEqual(expect.arrayContaining(["dynamodb:PutItem", "dynamodb:UpdateItem"]));
    expect(envOf(fn)).toContain("TABLE_NAME");
  });

  it("gives a new public route neither a table permission nor the table's name", () => {
    const fn = lambdaOf(ADDED[3]);
    expect(tableActionsOf(fn)).toEqual([]);
    expect(envOf(fn)).not.toContain("TABLE_NAME");
  });
});
