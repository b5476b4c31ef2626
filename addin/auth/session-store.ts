/**
 * What survives a reload (F5) of the pane: one value per tab in sessionStorage – the refresh token
 * (OIDC) or the dev token – never localStorage, so closing the tab or signing out forgets it and
 * a shared PC's next user starts signed out.
 */
export type SessionStorageLike = Pick<Storage, "getItem" | "setItem" | "removeItem">;

const KEY = "foerderbericht.anmeldung";

/** The tab's storage, or none where the web view refuses it (then a reload asks to sign in again). */
export const tabStorage = (): SessionStorageLike | undefined => {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
};

export const sessionStore = (storage: SessionStorageLike | undefined = tabStorage()) => ({
  save: (value: string) => {
    try {
      storage?.setItem(KEY, value);
    } catch {
      // A full or refused storage only costs the reload its session.
    }
  },
  load: (): string | undefined => storage?.getItem(KEY) ?? undefined,
  clear: () => storage?.removeItem(KEY),
});
