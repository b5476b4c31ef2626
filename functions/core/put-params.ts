import { programParamsSchema } from "../../shared/programme/program-params";
import type { StoredParams } from "../../shared/api/records";
import { BadRequestError, ForbiddenError } from "./errors";
import { germanErrors } from "./german-errors";
import { requireProgramme } from "./get-params";
import type { Principal } from "./principal";
import type { ServiceDeps } from "./service-deps";

/** Stores the program parameters of a year as its next version (koordinierung only). */
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
  requireProgramme(parsed.data.programmeId);
  return deps.store.putParams(
    parsed.data,
    { sub: principal.sub, name: principal.name },
    deps.clock().toISOString(),
  );
};
