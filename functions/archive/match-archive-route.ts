import { routeById } from "../../shared/api/routes";

/** The routes a function URL with response streaming serves: the two archive downloads. */
export const STREAMED_ARCHIVE_ROUTES = [routeById("getYearArchive"), routeById("getFilingArchive")] as const;

type ArchiveRoute = (typeof STREAMED_ARCHIVE_ROUTES)[number];

const patternOf = (path: string) =>
  new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\\?\{(\w+)\\?\}/g, "(?<$1>[^/]+)")}/?$`);

const PATTERNS = STREAMED_ARCHIVE_ROUTES.map((route) => ({ route, pattern: patternOf(route.path) }));

/**
 * A function URL passes every path to its one function, so the function matches it against the
 * route table's own paths (no second list of them); path parameters come back URL-decoded, as API
 * Gateway hands them to a handler. Undefined for anything else, a malformed escape included.
 */
export const matchArchiveRoute = (
  method: string,
  rawPath: string,
): { route: ArchiveRoute; pathParameters: Record<string, string> } | undefined => {
  for (const { route, pattern } of PATTERNS) {
    const groups = method === route.method ? pattern.exec(rawPath)?.groups : undefined;
    if (!groups) continue;
    try {
      return {
        route,
        pathParameters: Object.fromEntries(
          Object.entries(groups).map(([k, v]) => [k, decodeURIComponent(v)]),
        ),
      };
    } catch {
      return undefined;
    }
  }
  return undefined;
};
