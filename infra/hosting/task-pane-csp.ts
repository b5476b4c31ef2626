// Declared beside the API's headers so the local server sends the same (functions/http/security-headers.ts).
export {
  OFFICE_FRAME_ANCESTORS,
  OFFICE_JS_ORIGIN,
  REFERRER_POLICY,
  TASK_PANE_HSTS_DAYS,
  taskPaneCsp,
  type TaskPaneCspInput,
} from "../../functions/http/security-headers";

/**
 * Every API of the region, for a first deploy that does not know its own task pane origin yet:
 * naming the API's own URL there would make the API (its CORS origin is the distribution) and the
 * distribution (its CSP names the API) depend on each other, which CloudFormation refuses.
 */
export const regionalApiSource = (region: string): string => `https://*.execute-api.${region}.amazonaws.com`;

/** Every Lambda function URL of the region: the archive's, for the same first deploy (same cycle). */
export const regionalFunctionUrlSource = (region: string): string => `https://*.lambda-url.${region}.on.aws`;
