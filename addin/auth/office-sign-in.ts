import { authorizeUrl, pkcePair, type OidcSettings } from "./pkce";
import { userFromToken, type Session, type SignIn } from "./session";

/**
 * Office SSO codes after which the Office dialog is the way in: 13007 (the add-in has no SSO
 * registration or the provider is not Microsoft's), 13005 (no consent / invalid grant). 13001 and
 * 13002 (not signed in to Office, user cancelled) fall back as well; the dialog asks the user.
 */
export const DIALOG_FALLBACK_CODES = [13001, 13002, 13005, 13007, 13012];

/** Where the code comes back: the Office dialog inside Excel, a popup in a plain browser. */
export type OpenAuthWindow = (url: string) => Promise<string>;

/** Exchanges the authorization code for tokens at the provider's token endpoint (public client, PKCE). */
const exchange = async (s: OidcSettings, code: string, verifier: string, fetchFn: typeof fetch) => {
  const response = await fetchFn(s.tokenEndpoint ?? `${s.authority.replace(/\/$/, "")}/oauth2/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      client_id: s.clientId,
      code,
      redirect_uri: s.redirectUri,
      code_verifier: verifier,
    }),
  });
  if (!response.ok) throw new Error("Die Anmeldung wurde vom Anmeldedienst abgelehnt.");
  const tokens = (await response.json()) as { id_token?: string; access_token?: string };
  const token = tokens.access_token ?? tokens.id_token;
  if (!token) throw new Error("Der Anmeldedienst hat kein Token geliefert.");
  return token;
};

/**
 * OIDC sign-in at the city's identity provider (or Cognito). Inside Office it tries SSO first
 * (`Office.auth.getAccessToken`) and falls back to the authorization-code flow with PKCE in the Office
 * dialog on the codes above; in a plain browser it uses the same flow in a popup.
 */
export const oidcSignIn = (
  settings: OidcSettings,
  openWindow: OpenAuthWindow,
  options: { sso?: () => Promise<string>; fetch?: typeof fetch } = {},
): SignIn => ({
  kind: "oidc",
  choices: async () => [],
  signIn: async (): Promise<Session> => {
    if (options.sso) {
      try {
        const token = await options.sso();
        return { token, user: userFromToken(token) };
      } catch (err) {
        const code = (err as { code?: number }).code;
        if (code === undefined || !DIALOG_FALLBACK_CODES.includes(code)) throw err;
      }
    }
    const { verifier, challenge } = await pkcePair();
    const state = crypto.randomUUID();
    const returned = new URL(await openWindow(authorizeUrl(settings, challenge, state)));
    if (returned.searchParams.get("state") !== state)
      throw new Error("Die Anmeldung passt nicht zu dieser Sitzung.");
    const code = returned.searchParams.get("code");
    if (!code)
      throw new Error(returned.searchParams.get("error_description") ?? "Die Anmeldung wurde abgebrochen.");
    const token = await exchange(settings, code, verifier, options.fetch ?? fetch);
    return { token, user: userFromToken(token) };
  },
});

/** The Office dialog: opens the provider's page, receives the redirect URL from auth-callback.html. */
export const officeDialog: OpenAuthWindow = (url) =>
  new Promise((resolve, reject) =>
    Office.context.ui.displayDialogAsync(
      url,
      { height: 60, width: 30, promptBeforeOpen: false },
      (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded)
          return reject(new Error(result.error.message));
        const dialog = result.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
          dialog.close();
          if ("message" in arg) resolve(String(arg.message));
          else reject(new Error("Das Anmeldefenster wurde geschlossen."));
        });
      },
    ),
  );

/** Office SSO: a token for the add-in's own API registration (needs WebApplicationInfo in the manifest). */
export const officeSso = () =>
  Office.auth.getAccessToken({ allowSignInPrompt: true, allowConsentPrompt: true });
