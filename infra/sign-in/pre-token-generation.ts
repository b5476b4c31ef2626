import type { PreTokenGenerationTriggerHandler } from "aws-lambda";
import { tokenClaims } from "./token-claims";

/** Set by the stack from shared/domain's ROLES, so this bundle stays free of zod. */
const ROLES = (process.env.ROLE_GROUPS ?? "").split(",").filter(Boolean);

/**
 * Cognito pre-token-generation trigger (V1: ID token): adds `role` and `traeger_id` – the claims the
 * API's handlers read – from the user's group and the `custom:traeger_id` attribute.
 */
export const handler: PreTokenGenerationTriggerHandler = async (event) => {
  const groups = event.request.groupConfiguration.groupsToOverride ?? [];
  const claims = tokenClaims(groups, event.request.userAttributes["custom:traeger_id"], ROLES);
  event.response = { claimsOverrideDetails: { claimsToAddOrOverride: claims } };
  return event;
};
