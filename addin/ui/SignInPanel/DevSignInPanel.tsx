import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { SignInChoice } from "../../auth/session";
import { roleLabel } from "../../../shared/programme/role-label";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export interface DevSignInPanelProps {
  choices: () => Promise<SignInChoice[]>;
  onSignIn: (choice?: string) => Promise<void>;
}

/**
 * The local dev login's user picker. Its own module, loaded only by development builds, so the
 * published task pane carries none of it (scripts/build-addin.ts).
 */
export const DevSignInPanel = ({ choices, onSignIn }: DevSignInPanelProps) => {
  const styles = useStyles();
  const [users, setUsers] = useState<SignInChoice[]>([]);
  const [user, setUser] = useState("awo");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  useEffect(() => void choices().then(setUsers, (e: Error) => setError(e.message)), [choices]);
  const go = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await onSignIn(user);
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
      <Field label="Demo-Benutzer (nur lokal)" hint="Lokale Entwicklungsumgebung: Anmeldung ohne Passwort.">
        <Select value={user} onChange={(_e, d) => setUser(d.value)}>
          {users.map((u) => (
            <option key={u.user} value={u.user}>
              {u.name} ({roleLabel(u.programmeId, u.role)})
            </option>
          ))}
        </Select>
      </Field>
      <Button appearance="primary" onClick={() => void go()} disabled={busy}>
        Anmelden
      </Button>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
};
