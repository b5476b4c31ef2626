import { SIGN_IN_START_PATH, signInUrl } from "../../shared/sign-in/sign-in-paths";
import type { OpenAuthWindow } from "./oidc-sign-in";

/** Office's dialog errors the user can act on, in German (the codes are Office's documented ones). */
const DIALOG_ERRORS: Record<number, string> = {
  12004:
    "Das Anmeldefenster konnte nicht geöffnet werden (Adresse nicht in der Domäne des Add-ins). Bitte die IT der Stadt informieren.",
  12005: "Das Anmeldefenster verlangt HTTPS. Bitte die IT der Stadt informieren.",
  12006:
    "Das Anmeldefenster wurde geschlossen. Zum Anmelden bitte erneut auf „Mit dem Konto der Stadt anmelden“ klicken.",
  12007: "Ein Anmeldefenster ist schon geöffnet. Bitte dort weitermachen oder es schließen.",
  12009:
    "Das Anmeldefenster wurde blockiert. Bitte erneut auf „Mit dem Konto der Stadt anmelden“ klicken und das Fenster zulassen.",
};

const germanDialogError = (code: number | undefined) =>
  new Error(DIALOG_ERRORS[code ?? 0] ?? `Das Anmeldefenster meldete einen Fehler (${code ?? "unbekannt"}).`);

/**
 * The Office dialog. Office opens only a page of the add-in's own domain first (else 12004), so it
 * opens sign-in-start.html, which redirects to the provider; auth-callback.html sends the URL back.
 */
export const officeDialog: OpenAuthWindow = (url) =>
  new Promise((resolve, reject) =>
    Office.context.ui.displayDialogAsync(
      `${signInUrl(location.origin, SIGN_IN_START_PATH)}#${encodeURIComponent(url)}`,
      { height: 60, width: 30, promptBeforeOpen: false },
      (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded)
          return reject(germanDialogError(result.error.code));
        const dialog = result.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
          dialog.close();
          if ("message" in arg) resolve(String(arg.message));
        });
        dialog.addEventHandler(Office.EventType.DialogEventReceived, (arg) =>
          reject(germanDialogError("error" in arg ? arg.error : undefined)),
        );
      },
    ),
  );

/** Office SSO: a token for the add-in's API registration (needs WebApplicationInfo in the manifest). */
export const officeSso = () =>
  Office.auth.getAccessToken({ allowSignInPrompt: true, allowConsentPrompt: true });
