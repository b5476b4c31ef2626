import type { Session, SignIn, SignInChoice } from "./session";
import { userFromToken } from "./session";
import { sessionStore, type SessionStorageLike } from "./session-store";

const expired = (token: string, now: number) => {
  try {
    const exp = (
      JSON.parse(atob(token.split(".")[1]!.replace(/-/g, "+").replace(/_/g, "/"))) as { exp?: number }
    ).exp;
    return exp !== undefined && exp <= now;
  } catch {
    return true;
  }
};

/**
 * `npm start`'s dev login (POST /dev/login): a token for a demo user, no password. Local only: the
 * production build leaves this module out (scripts/build-addin.ts, `__DEV_SIGN_IN__`).
 */
export const devSignIn = (
  apiUrl: string,
  fetchFn: typeof fetch = fetch,
  { storage, now = () => Date.now() / 1000 }: { storage?: SessionStorageLike; now?: () => number } = {},
): SignIn => {
  const store = sessionStore(storage);
  let current: string | undefined;
  return {
    kind: "dev",
    choices: async () => {
      const response = await fetchFn(`${apiUrl}/dev/users`);
      if (!response.ok) throw new Error("Die Demo-Benutzer ließen sich nicht laden.");
      return (await response.json()) as SignInChoice[];
    },
    signIn: async (user = "awo"): Promise<Session> => {
      const response = await fetchFn(`${apiUrl}/dev/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ user }),
      });
      if (!response.ok) throw new Error("Die Anmeldung ist fehlgeschlagen.");
      const { token } = (await response.json()) as { token: string };
      current = token;
      store.save(token);
      return { token, user: userFromToken(token) };
    },
    restore: () => {
      const token = store.load();
      if (!token || expired(token, now())) return Promise.resolve(undefined);
      try {
        const user = userFromToken(token);
        current = token;
        return Promise.resolve({ token, user });
      } catch {
        store.clear();
        return Promise.resolve(undefined);
      }
    },
    token: () => Promise.resolve(current),
    // Dev tokens live 12 hours; past that, pick the user again.
    renew: () => Promise.resolve(undefined),
    signOut: () => {
      current = undefined;
      store.clear();
      return Promise.resolve();
    },
  };
};
