import { ForbiddenError } from "./errors";
import type { Principal } from "./principal";

/**
 * Only a Träger submits. Checked from the token alone, before the body is read: an upload by any
 * other role is refused without a byte of its workbook inflated or parsed. (That the Träger is in
 * some programme's Stammdaten, `defineHandler` checked before; its own Träger, programme and
 * district come with the filing and are checked once it is read.)
 */
export const requireSubmitter = (principal: Principal): void => {
  if (principal.role !== "traeger" || !principal.traegerId)
    throw new ForbiddenError("Einreichen kann nur ein Träger; Koordinierung und Leitung prüfen.");
};
