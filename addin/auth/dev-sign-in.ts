import type { Session, SignIn, SignInChoice } from "./session";
import { userFromToken } from "./session";

/** `npm start`'s dev login (POST /dev/login): a token for a demo user, no password. Local only. */
export const devSignIn = (apiUrl: string, fetchFn: typeof fetch = fetch): SignIn => ({
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
    return { token, user: userFromToken(token) };
  },
});
