import type { Filing } from "../filing/filing";
import type { ProgramParams } from "../programme/program-params";
import { grantedZuschuss } from "../rules/granted-zuschuss";

/**
 * A Verwendungsnachweis whose Zuschuss is still empty gets the amount granted for the year, so a
 * new template (CLI, „Vorlage einfügen“, carry-over) starts from the contract's figure. An amount
 * already there is the user's and stays; a Jahresbericht has no Zuschuss field.
 */
export const withGrantedZuschuss = <F extends Filing>(filing: F, params: ProgramParams): F => {
  if (filing.kind !== "verwendungsnachweis" || filing.data.kopf.zuschuss !== null) return filing;
  const granted = grantedZuschuss(filing.meta, params);
  if (granted === undefined) return filing;
  return { ...filing, data: { ...filing.data, kopf: { ...filing.data.kopf, zuschuss: granted } } };
};
