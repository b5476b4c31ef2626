import { useCallback, useState } from "react";
import type { SubmitResponse } from "../../../shared/api/api-schemas";

export type SubmitState =
  | { step: "idle" }
  | { step: "sending" }
  | { step: "done"; result: SubmitResponse; at: Date }
  | { step: "failed"; message: string; retry: boolean };

export interface SubmitPanelActions {
  /** Checks the whole workbook once more and submits it with this Idempotency-Key. */
  submit: (idempotencyKey: string) => Promise<SubmitResponse>;
  /** Whether an error means "nothing reached the server, try again" (same key) or "fix first". */
  isRetryable: (err: unknown) => boolean;
  newKey?: () => string;
}

/**
 * The submit flow: the declaration must be confirmed, the request carries one Idempotency-Key until
 * it succeeds, so "Erneut versuchen" after a lost answer stores one version, not two. A success
 * starts over with a fresh key (a later correction is a new version).
 */
export const useSubmitPanel = ({
  submit,
  isRetryable,
  newKey = () => crypto.randomUUID(),
}: SubmitPanelActions) => {
  const [confirmed, setConfirmed] = useState(false);
  const [key, setKey] = useState(newKey);
  const [state, setState] = useState<SubmitState>({ step: "idle" });
  const send = useCallback(async () => {
    setState({ step: "sending" });
    try {
      const result = await submit(key);
      setState({ step: "done", result, at: new Date() });
      setKey(newKey());
      setConfirmed(false);
    } catch (err) {
      const retry = isRetryable(err);
      // After an error that stored nothing for sure, a changed workbook gets a key of its own.
      if (!retry) setKey(newKey());
      setState({ step: "failed", message: (err as Error).message, retry });
    }
  }, [submit, key, isRetryable, newKey]);
  return { confirmed, setConfirmed, state, send, key };
};
