import {
  Button,
  Caption1,
  FluentProvider,
  Link,
  MessageBar,
  MessageBarBody,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useEffect, useMemo, useState, type ComponentType } from "react";
import type { Session, SignIn } from "../auth/session";
import type { HostKind } from "../host/workbook-surface";
import type { DevSignInPanelProps } from "../ui/SignInPanel/DevSignInPanel";
import type { AppConfig } from "./app-config";
import { loadApiClient, RoleLabel, StaffScreen, TraegerScreen, type SurfacePromise } from "./role-views";
import { useLocationHash } from "./use-location-hash";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
    // Wide enough for the year's eleven columns at 1,280 px (FilingTable).
    maxWidth: "1280px",
    minWidth: 0,
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

/** What the pane is for, per role and host: the Träger's upload hint is no use to a reviewer. */
const INTRO = {
  none: {
    browser:
      "Im Browser: Arbeitsmappe hochladen, prüfen und einreichen – oder den Förderbericht in Excel über „Start“ → „Förderbericht“ öffnen.",
    excel: "Verwendungsnachweis und Jahresbericht in Excel ausfüllen, prüfen und einreichen.",
  },
  traeger: {
    browser:
      "Im Browser: Arbeitsmappe hochladen, prüfen und einreichen – oder den Förderbericht in Excel über „Start“ → „Förderbericht“ öffnen.",
    excel: "Verwendungsnachweis und Jahresbericht in Excel ausfüllen, prüfen und einreichen.",
  },
  koordinierung: {
    browser: "Die Berichte des Jahres: prüfen, kommentieren, zurückgeben oder bestätigen.",
    excel: "Die Berichte des Jahres: prüfen, Versionen in Excel öffnen, kommentieren und entscheiden.",
  },
  leitung: {
    browser: "Die geprüften Berichte des Jahres zur Kenntnis nehmen.",
    excel: "Die geprüften Berichte des Jahres zur Kenntnis nehmen.",
  },
} as const;

export interface AppProps {
  config: AppConfig;
  host: HostKind;
  /** The workbook surface, loading: only the signed-in screens wait for it (see role-views.tsx). */
  surface: SurfacePromise;
  signIn: SignIn;
  /** The sign-in view: the city's button, or (development builds only) the dev login's user picker. */
  SignInView: ComponentType<DevSignInPanelProps>;
  /** German notes on what this host cannot do (an old Excel), shown above everything. */
  notes: string[];
}

/** One task pane, two hosts: the same app inside Excel and in a plain browser. */
export const App = ({ config, host, surface, signIn, SignInView, notes }: AppProps) => {
  const styles = useStyles();
  const [session, setSession] = useState<Session>();
  const hash = useLocationHash();
  // A reload (F5) keeps the tab's session: renewed silently before the sign-in view is offered.
  const [restoring, setRestoring] = useState(true);
  useEffect(() => {
    let current = true;
    signIn
      .restore()
      .catch(() => undefined) // a failed renewal only means: sign in again
      .then((restored) => {
        if (!current) return;
        if (restored) setSession(restored);
        setRestoring(false);
      });
    return () => {
      current = false;
    };
  }, [signIn]);
  // Renewal happens inside the client: the views (and what the user typed in them) stay mounted.
  // The client (with every route's schemas) loads behind the sign-in, like the screens.
  const api = useMemo(
    () =>
      loadApiClient({
        baseUrl: config.apiUrl,
        token: signIn.token,
        renew: signIn.renew,
        // Deployed, the archive streams from its function URL; locally the API's buffered path.
        ...(config.archiveUrl && { streamBaseUrl: config.archiveUrl }),
      }),
    [config.apiUrl, config.archiveUrl, signIn],
  );
  const start = async (choice?: string) => setSession(await signIn.signIn(choice));
  const signOut = async () => {
    setSession(undefined);
    await signIn.signOut();
  };
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root}>
        <header className={styles.header}>
          <Title3 as="h1">Förderbericht</Title3>
          {session && (
            <span>
              <Caption1>
                {session.user.name} · <RoleLabel programmeId={config.programmeId} role={session.user.role} />
              </Caption1>{" "}
              <Button size="small" appearance="transparent" onClick={() => void signOut()}>
                Abmelden
              </Button>
            </span>
          )}
        </header>
        <Caption1>
          {INTRO[session?.user.role ?? "none"][host]}{" "}
          <Link href="hilfe.html" target="_blank" rel="noopener">
            Hilfe
          </Link>
        </Caption1>
        {notes.map((note) => (
          <MessageBar key={note} intent="warning">
            <MessageBarBody>{note}</MessageBarBody>
          </MessageBar>
        ))}
        {restoring ? null : !session ? (
          <SignInView choices={signIn.choices} onSignIn={start} />
        ) : session.user.role === "traeger" ? (
          <TraegerScreen
            surface={surface}
            api={api}
            programmeId={config.programmeId}
            traegerId={session.user.traegerId ?? ""}
          />
        ) : (
          <StaffScreen
            // Another link opens its version afresh (year, list and desk).
            key={hash}
            hash={hash}
            api={api}
            surface={surface}
            role={session.user.role}
            programmeId={config.programmeId}
          />
        )}
      </main>
    </FluentProvider>
  );
};
