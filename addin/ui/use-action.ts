import { useCallback, useState } from "react";

export type Notice = { intent: "success" | "error" | "info"; text: string } | undefined;

/**
 * Runs one user action at a time: busy while it runs, its German result or error as a notice –
 * errors reach the pane, never only the console.
 */
export const useAction = (after?: () => void) => {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>();
  const run = useCallback(
    async (action: () => Promise<string | undefined>) => {
      setBusy(true);
      setNotice(undefined);
      try {
        const text = await action();
        if (text) setNotice({ intent: "success", text });
      } catch (err) {
        setNotice({ intent: "error", text: err instanceof Error ? err.message : String(err) });
      } finally {
        setBusy(false);
        after?.();
      }
    },
    [after],
  );
  return { busy, notice, setNotice, run };
};
