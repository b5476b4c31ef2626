import type { RouteDefinition } from "../shared/api/routes";

/** Path of the handler module relative to the repository root, e.g. for CDK's NodejsFunction `entry`. */
export const handlerEntry = (route: Pick<RouteDefinition, "handler">): string =>
  `functions/${route.handler}/handler.ts`;
