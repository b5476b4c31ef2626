import { programParamsSchema } from "../../shared/programme/program-params";
import type { StoredParams } from "../../shared/api/records";
import { BadRequestError, ForbiddenError } from "./errors";
import { germanErrors } from "./german-errors";
import type { Principal } from "./principal";
import { requireProgrammeAccess } from "./programme-access";
import type { ServiceDeps } from "./service-deps";

/** Stores the program parameters of a year as its next version (koordinierung of the programme only). */
export const putParams = async (
  principal: Principal,
  params: unknown,
  deps: ServiceDeps,
): Promise<StoredParams> => {
  if (principal.role !== "koordinierung")
    throw new ForbiddenError("Programmparameter kann nur die Koordinierungsstelle ändern.");
  const parsed = programParamsSchema.safeParse(params, { error: germanErrors });
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (i) => `${i.path.map(String).join(".") || "(gesamt)"}: ${i.message}`,
    );
    throw new BadRequestError(`Die Programmparameter sind ungültig – ${problems.join("; ")}`);
  }
  // Only the Koordinierungsstelle of that programme: another programme's caps are not its to set.
  requireProgrammeAccess(principal, parsed.data.programmeId);
  return deps.store.putParams(
    parsed.data,
    { sub: principal.sub, name: principal.name },
    deps.clock().toISOString(),
  );
};
