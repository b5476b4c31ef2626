import { Button, Field, Select } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { SignInChoice } from "../../auth/session";
import { roleLabel } from "../../../shared/programme/role-label";
import { SignInFrame } from "./SignInFrame";
import { useSignInPanel } from "./useSignInPanel";

export interface DevSignInPanelProps {
  choices: () => Promise<SignInChoice[]>;
  onSignIn: (choice?: string) => Promise<void>;
}

/**
 * The local dev login's user picker. Its own module, loaded only by development builds, so the
 * published task pane carries none of it (scripts/build-addin.ts).
 */
export const DevSignInPanel = ({ choices, onSignIn }: DevSignInPanelProps) => {
  const [users, setUsers] = useState<SignInChoice[]>([]);
  const [user, setUser] = useState("awo");
  const { error, setError, busy, go } = useSignInPanel(onSignIn);
  useEffect(() => void choices().then(setUsers, (e: Error) => setError(e.message)), [choices, setError]);
  return (
    <SignInFrame error={error}>
      <Field label="Demo-Benutzer (nur lokal)" hint="Lokale Entwicklungsumgebung: Anmeldung ohne Passwort.">
        <Select value={user} onChange={(_e, d) => setUser(d.value)}>
          {users.map((u) => (
            <option key={u.user} value={u.user}>
              {u.name} ({roleLabel(u.programmeId, u.role)})
            </option>
          ))}
        </Select>
      </Field>
      <Button appearance="primary" onClick={() => void go(user)} disabled={busy}>
        Anmelden
      </Button>
    </SignInFrame>
  );
};
