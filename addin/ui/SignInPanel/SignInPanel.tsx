import {
  Button,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export interface SignInPanelProps {
  onSignIn: (choice?: string) => Promise<void>;
}

/** Sign-in with the city's account: one button; errors (a closed window, a refused login) in German. */
export const SignInPanel = ({ onSignIn }: SignInPanelProps) => {
  const styles = useStyles();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const go = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await onSignIn();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className={styles.root} aria-labelledby="signin-title">
      <Subtitle2 as="h2" id="signin-title">
        Anmelden
      </Subtitle2>
      <Button appearance="primary" onClick={() => void go()} disabled={busy}>
        Mit dem Konto der Stadt anmelden
      </Button>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
};
