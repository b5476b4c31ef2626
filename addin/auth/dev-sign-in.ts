import type { Session, SignIn, SignInChoice } from "./session";
import { userFromToken } from "./session";

/**
 * `npm start`'s dev login (POST /dev/login): a token for a demo user, no password. Local only: the
 * production build leaves this module out (scripts/build-addin.ts, `__DEV_SIGN_IN__`).
 */
export const devSignIn = (apiUrl: string, fetchFn: typeof fetch = fetch): SignIn => {
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
      return { token, user: userFromToken(token) };
    },
    token: () => Promise.resolve(current),
    // Dev tokens live 12 hours; past that, pick the user again.
    renew: () => Promise.resolve(undefined),
    signOut: () => {
      current = undefined;
      return Promise.resolve();
    },
  };
};
