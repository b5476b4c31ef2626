import type { Actor } from "../../shared/api/records";
import type { Principal } from "./principal";

/** What the audit trail keeps of a caller: id, display name and role – nothing else. */
export const actorOf = (principal: Principal): Actor => ({
  sub: principal.sub,
  name: principal.name,
  role: principal.role,
});
