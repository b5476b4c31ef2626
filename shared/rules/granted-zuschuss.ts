import type { FilingMeta } from "../filing/filing";
import type { ProgramParams } from "../programme/program-params";

/**
 * The Zuschuss granted to the Träger for the district in the year (params.zuschuesse), in cents;
 * undefined where the year's parameters name none. Read by rule VN-ZUSCHUSS-BEWILLIGT and by the
 * template, which prefills it.
 */
export const grantedZuschuss = (
  meta: Pick<FilingMeta, "traegerId" | "districtId">,
  params: Pick<ProgramParams, "zuschuesse">,
): number | undefined =>
  params.zuschuesse.find((z) => z.traegerId === meta.traegerId && z.districtId === meta.districtId)?.betrag;
