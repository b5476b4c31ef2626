import {
  Button,
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useMemo, useRef, useState } from "react";
import { createApiClient } from "../api/api-client";
import type { Session, SignIn } from "../auth/session";
import type { WorkbookSurface } from "../host/workbook-surface";
import { SignInPanel } from "../ui/SignInPanel/SignInPanel";
import { StaffView } from "../ui/StaffView/StaffView";
import { TraegerView } from "../ui/TraegerView/TraegerView";
import type { AppConfig } from "./app-config";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
    maxWidth: "720px",
    marginInline: "auto",
  },
  header: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "baseline",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
});

const ROLE = {
  traeger: "Träger",
  koordinierung: "Koordinierungsstelle",
  leitung: "Stabsstellenleitung",
} as const;

export interface AppProps {
  config: AppConfig;
  surface: WorkbookSurface;
  signIn: SignIn;
  /** German notes on what this host cannot do (an old Excel), shown above everything. */
  notes: string[];
}

/** One task pane, two hosts: the same app inside Excel and in a plain browser. */
export const App = ({ config, surface, signIn, notes }: AppProps) => {
  const styles = useStyles();
  const [session, setSession] = useState<Session>();
  const token = useRef<string>(undefined);
  const api = useMemo(
    () => createApiClient({ baseUrl: config.apiUrl, token: () => token.current }),
    [config.apiUrl],
  );
  const start = async (choice?: string) => {
    const s = await signIn.signIn(choice);
    token.current = s.token;
    setSession(s);
  };
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root}>
        <header className={styles.header}>
          <Title3 as="h1">Förderbericht</Title3>
          {session && (
            <span>
              <Caption1>
                {session.user.name} · {ROLE[session.user.role]}
              </Caption1>{" "}
              <Button size="small" appearance="transparent" onClick={() => setSession(undefined)}>
                Abmelden
              </Button>
            </span>
          )}
        </header>
        {surface.kind === "browser" && (
          <Caption1>
            Im Browser: Arbeitsmappe hochladen, prüfen und einreichen – oder den Förderbericht in Excel über
            „Start“ → „Förderbericht“ öffnen.
          </Caption1>
        )}
        {notes.map((note) => (
          <MessageBar key={note} intent="warning">
            <MessageBarBody>{note}</MessageBarBody>
          </MessageBar>
        ))}
        {!session ? (
          <SignInPanel kind={signIn.kind} choices={signIn.choices} onSignIn={start} />
        ) : session.user.role === "traeger" ? (
          <TraegerView
            surface={surface}
            api={api}
            programmeId={config.programmeId}
            traegerId={session.user.traegerId ?? ""}
          />
        ) : (
          <StaffView api={api} surface={surface} role={session.user.role} programmeId={config.programmeId} />
        )}
      </main>
    </FluentProvider>
  );
};
