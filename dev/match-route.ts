import type { RouteDefinition } from "../shared/api/routes";

export type RouteMatch<R> =
  | { kind: "found"; route: R; pathParameters: Record<string, string> }
  | { kind: "method-not-allowed"; allowed: string[] }
  | { kind: "not-found" }
  /** A path parameter with a broken %-escape (`%ff`, `%`): decodeURIComponent would throw. */
  | { kind: "malformed" };

const decode = (segment: string): string | undefined => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
};

const compile = (path: string) => {
  const names: string[] = [];
  const pattern = path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{(\w+)\}/g, (_m, name: string) => {
    names.push(name);
    return "([^/]+)";
  });
  return { regex: new RegExp(`^${pattern}$`), names };
};

/** Matches like API Gateway HTTP API: exact segments, `{name}` takes one segment (URL-decoded). */
export const matchRoute = <R extends Pick<RouteDefinition, "method" | "path">>(
  routes: readonly R[],
  method: string,
  path: string,
): RouteMatch<R> => {
  const allowed: string[] = [];
  for (const route of routes) {
    const { regex, names } = compile(route.path);
    const hit = regex.exec(path);
    if (!hit) continue;
    if (route.method !== method) {
      allowed.push(route.method);
      continue;
    }
    const values = names.map((_n, i) => decode(hit[i + 1]!));
    if (values.some((v) => v === undefined)) return { kind: "malformed" };
    const pathParameters = Object.fromEntries(names.map((n, i) => [n, values[i]!]));
    return { kind: "found", route, pathParameters };
  }
  return allowed.length ? { kind: "method-not-allowed", allowed } : { kind: "not-found" };
};
