import { Button } from "@fluentui/react-components";
import { SignInFrame } from "./SignInFrame";
import { useSignInPanel } from "./useSignInPanel";

export interface SignInPanelProps {
  onSignIn: (choice?: string) => Promise<void>;
}

/** Sign-in with the city's account: one button; errors (a closed window, a refused login) in German. */
export const SignInPanel = ({ onSignIn }: SignInPanelProps) => {
  const { error, busy, go } = useSignInPanel(onSignIn);
  return (
    <SignInFrame error={error}>
      <Button appearance="primary" onClick={() => void go()} disabled={busy}>
        Mit dem Konto der Stadt anmelden
      </Button>
    </SignInFrame>
  );
};
