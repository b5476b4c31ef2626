import type { OpenAuthWindow } from "./office-sign-in";

/** The sign-in in a plain browser: a popup whose auth-callback.html posts the redirect URL back. */
export const popupWindow: OpenAuthWindow = (url) =>
  new Promise((resolve, reject) => {
    const popup = window.open(url, "foerderbericht-anmeldung", "width=520,height=680");
    if (!popup)
      return reject(new Error("Das Anmeldefenster wurde blockiert. Bitte Popups für diese Seite erlauben."));
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== location.origin || typeof event.data !== "string") return;
      window.removeEventListener("message", onMessage);
      resolve(event.data);
    };
    window.addEventListener("message", onMessage);
  });
