import type { OpenAuthWindow } from "./oidc-sign-in";

const CLOSED_CHECK_MS = 500;

/** The sign-in in a plain browser: a popup whose auth-callback.html posts the redirect URL back. */
export const popupWindow: OpenAuthWindow = (url) =>
  new Promise((resolve, reject) => {
    const popup = window.open(url, "foerderbericht-anmeldung", "width=520,height=680");
    if (!popup)
      return reject(new Error("Das Anmeldefenster wurde blockiert. Bitte Popups für diese Seite erlauben."));
    const done = () => {
      window.removeEventListener("message", onMessage);
      clearInterval(closed);
    };
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== location.origin || event.source !== popup || typeof event.data !== "string")
        return;
      done();
      popup.close();
      resolve(event.data);
    };
    // A popup the user closes sends nothing: without this the button would stay busy for ever.
    const closed = setInterval(() => {
      if (!popup.closed) return;
      done();
      reject(new Error("Das Anmeldefenster wurde geschlossen. Zum Anmelden bitte erneut klicken."));
    }, CLOSED_CHECK_MS);
    window.addEventListener("message", onMessage);
  });
