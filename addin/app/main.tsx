import "./zod-config"; // first: schemas below are built jitless (see the file)
import { createRoot } from "react-dom/client";
import { excelApiNotes } from "../excel/excel-api";
import { devSignIn } from "../auth/dev-sign-in";
import { officeDialog, officeSso, oidcSignIn } from "../auth/office-sign-in";
import { popupWindow } from "../auth/popup-window";
import type { SignIn } from "../auth/session";
import { browserSurface } from "../host/browser-surface";
import type { HostKind } from "../host/workbook-surface";
import { excelSurface } from "../host/excel-surface";
import { App } from "./App";
import { loadAppConfig, type AppConfig } from "./app-config";
import { detectHost } from "./detect-host";

const signInFor = (config: AppConfig, host: HostKind): SignIn => {
  if (config.signIn.kind === "dev") return devSignIn(config.apiUrl);
  const redirectUri = new URL("auth-callback.html", location.href).toString();
  const settings = { ...config.signIn, redirectUri };
  return host === "excel"
    ? oidcSignIn(settings, officeDialog, { sso: officeSso })
    : oidcSignIn(settings, popupWindow);
};

/** Starts the task pane: config, host (Excel or browser), then the one app for both. */
const start = async () => {
  const root = createRoot(document.getElementById("root")!);
  try {
    const [config, detected] = await Promise.all([loadAppConfig(), detectHost()]);
    // An Excel without the needed requirement set gets the browser's upload flow and a German note.
    const api = detected === "excel" ? excelApiNotes() : { usable: true, notes: [] };
    const host: HostKind = detected === "excel" && api.usable ? "excel" : "browser";
    const surface = host === "excel" ? excelSurface() : browserSurface();
    document.documentElement.dataset.host = host;
    root.render(<App config={config} surface={surface} signIn={signInFor(config, host)} notes={api.notes} />);
  } catch (err) {
    root.render(<p role="alert">Der Förderbericht konnte nicht starten: {(err as Error).message}</p>);
  }
};

void start();
