import { ConflictError } from "./errors";

/** Same Idempotency-Key, different body (other SHA-256): a client bug, never silently replayed. */
export const idempotencyConflict = () =>
  new ConflictError(
    "Dieser Idempotency-Key wurde bereits für eine andere Einreichung verwendet. Bitte für jede neue Einreichung einen neuen Schlüssel senden.",
  );
