// sign-in-start.html: the Office dialog's first page, on the add-in's own origin (Office refuses any
// other with 12004). It forwards to the provider's URL in its hash – only to the provider config.json
// names, so the page cannot be used to send someone to another site.
import "./zod-config";
import { loadAppConfig } from "./app-config";

const fail = (text: string) => {
  document.getElementById("status")!.textContent = text;
};

const target = (() => {
  try {
    return new URL(decodeURIComponent(location.hash.slice(1)));
  } catch {
    return undefined;
  }
})();

void loadAppConfig({ devAllowed: false }).then(
  (config) => {
    const signIn = config.signIn.kind === "oidc" ? config.signIn : undefined;
    const allowed = [signIn?.issuer, signIn?.logoutEndpoint].flatMap((u) => (u ? [new URL(u).origin] : []));
    if (target && allowed.includes(target.origin)) location.replace(target.toString());
    else
      fail(
        "Diese Anmeldeseite kennt das angegebene Ziel nicht. Bitte das Fenster schließen und erneut anmelden.",
      );
  },
  (err: Error) => fail(err.message),
);
