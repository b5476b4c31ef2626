import { useState } from "react";

/** Both sign-in views: one attempt at a time, its German error shown until the next attempt. */
export const useSignInPanel = (onSignIn: (choice?: string) => Promise<void>) => {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const go = async (choice?: string) => {
    setBusy(true);
    setError(undefined);
    try {
      await onSignIn(choice);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return { error, setError, busy, go };
};
