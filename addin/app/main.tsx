import "./zod-config"; // first: schemas below are built jitless (see the file)
import { createRoot } from "react-dom/client";
import { SIGN_IN_CALLBACK_PATH, signInUrl } from "../../shared/sign-in/sign-in-paths";
import { excelApiNotes } from "../excel/excel-api";
import { officeDialog, officeSso } from "../auth/office-dialog";
import { createOidcClient } from "../auth/oidc-client";
import { oidcSignIn } from "../auth/oidc-sign-in";
import { popupWindow } from "../auth/popup-window";
import type { SignIn } from "../auth/session";
import type { HostKind } from "../host/workbook-surface";
import { SignInPanel } from "../ui/SignInPanel/SignInPanel";
import { App, type AppProps } from "./App";
import { loadAppConfig, type AppConfig } from "./app-config";
import { detectHost } from "./detect-host";

/** Replaced by scripts/build-addin.ts: false in the production build, so the dev login is dropped. */
declare const __DEV_SIGN_IN__: boolean;

type SignInSetup = Pick<AppProps, "signIn" | "SignInView">;

const signInFor = async (config: AppConfig, host: HostKind): Promise<SignInSetup> => {
  if (__DEV_SIGN_IN__ && config.signIn.kind === "dev") {
    // Dynamic: with the flag false esbuild drops this branch and never emits these modules.
    const [{ devSignIn }, { DevSignInPanel }] = await Promise.all([
      import("../auth/dev-sign-in"),
      import("../ui/SignInPanel/DevSignInPanel"),
    ]);
    return { signIn: devSignIn(config.apiUrl), SignInView: DevSignInPanel };
  }
  if (config.signIn.kind !== "oidc") throw new Error("Keine Anmeldung eingerichtet.");
  const client = createOidcClient(config.signIn, signInUrl(location.origin, SIGN_IN_CALLBACK_PATH));
  const signIn: SignIn =
    host === "excel"
      ? oidcSignIn(client, officeDialog, config.signIn.officeSso ? { sso: officeSso } : {})
      : oidcSignIn(client, popupWindow);
  return { signIn, SignInView: SignInPanel };
};

/** Starts the task pane: config, host (Excel or browser), then the one app for both. */
const start = async () => {
  const root = createRoot(document.getElementById("root")!);
  try {
    const [config, detected] = await Promise.all([
      loadAppConfig({ devAllowed: __DEV_SIGN_IN__ }),
      detectHost(),
    ]);
    // An Excel without the needed requirement set gets the browser's upload flow and a German note.
    const api = detected === "excel" ? excelApiNotes() : { usable: true, notes: [] };
    const host: HostKind = detected === "excel" && api.usable ? "excel" : "browser";
    // Not awaited: the adapter and the layouts load while the sign-in shows (see role-views.tsx).
    const surface =
      host === "excel"
        ? import("../host/excel-surface").then((m) => m.excelSurface())
        : import("../host/browser-surface").then((m) => m.browserSurface());
    document.documentElement.dataset.host = host;
    root.render(
      <App
        config={config}
        host={host}
        surface={surface}
        {...await signInFor(config, host)}
        notes={api.notes}
      />,
    );
  } catch (err) {
    root.render(<p role="alert">Der Förderbericht konnte nicht starten: {(err as Error).message}</p>);
  }
};

void start();
