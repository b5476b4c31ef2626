import { MessageBar, MessageBarBody, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** The frame of both sign-in views: the heading, their controls, and the error of the last attempt. */
export const SignInFrame = ({ error, children }: { error?: string; children: ReactNode }) => {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="signin-title">
      <Subtitle2 as="h2" id="signin-title">
        Anmelden
      </Subtitle2>
      {children}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
};
