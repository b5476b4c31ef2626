import type { PreTokenGenerationTriggerHandler } from "aws-lambda";
import { tokenClaims } from "./token-claims";

/** Set by the stack from shared/domain's ROLES, so this bundle stays free of zod. */
const ROLES = (process.env.ROLE_GROUPS ?? "").split(",").filter(Boolean);

/**
 * Cognito pre-token-generation trigger (V1: ID token): adds `role`, `traeger_id` and `programmes` –
 * the claims the API's handlers read – from the user's group and the `custom:traeger_id` and
 * `custom:programmes` attributes. V1, so the ID token is what the task pane sends: its `aud` is the
 * app client, which the API checks (a Cognito access token has no `aud`, and V2's access-token
 * claims need the Essentials plan).
 */
export const handler: PreTokenGenerationTriggerHandler = async (event) => {
  const groups = event.request.groupConfiguration.groupsToOverride ?? [];
  const attributes = event.request.userAttributes;
  const claims = tokenClaims(groups, attributes["custom:traeger_id"], ROLES, attributes["custom:programmes"]);
  event.response = { claimsOverrideDetails: { claimsToAddOrOverride: claims } };
  return event;
};
