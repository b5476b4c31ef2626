/**
 * The claims the API reads (functions/auth/claims-to-principal.ts: `role`, `traeger_id`, `programmes`)
 * from a Cognito user's groups and attributes. A user in none or several of the role groups gets no
 * `role`, so the API answers 401 instead of guessing which role was meant.
 */
export const tokenClaims = (
  groups: readonly string[],
  traegerId: string | undefined,
  roles: readonly string[],
  /** `custom:programmes`, space-separated programme ids; set by the Koordinierungsstelle, not the user. */
  programmes?: string,
): Record<string, string> => {
  const matching = [...new Set(groups.filter((g) => roles.includes(g)))];
  if (matching.length !== 1) return {};
  const role = matching[0]!;
  const programmeClaim: Record<string, string> = programmes?.trim() ? { programmes: programmes.trim() } : {};
  // Only a Träger's token names a Träger: staff see all filings, a stray attribute must not narrow or widen that.
  return role === "traeger" && traegerId
    ? { role, traeger_id: traegerId, ...programmeClaim }
    : { role, ...programmeClaim };
};
