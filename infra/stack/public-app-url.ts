import type { TaskPaneHosting } from "../hosting/task-pane-hosting";
import type { StackConfig } from "./stack-config";

/**
 * The web app's public URL for the links in generated workbooks (PUBLIC_APP_URL, read by
 * functions/http/link-base.ts): the task pane's origin, whose `/` is the web app – the same origin
 * the stack gives the sign-in client and the CORS rule. No cycle: the distribution names only the
 * HTTP API resource (its endpoint, in the CSP), which depends on no function; the routes and
 * integrations that do depend on the functions are separate resources
 * (tests/infra/public-app-url.test.ts walks the template's references).
 */
export const publicAppUrl = (config: Pick<StackConfig, "taskPaneOrigin">, hosting: TaskPaneHosting): string =>
  config.taskPaneOrigin ?? hosting.origin;
