import { z } from "zod";

/**
 * config.json beside taskpane.html: where the API is and how to sign in. `npm start` serves one for
 * the dev login; a deployment writes one naming its API and identity provider.
 */
export const appConfigSchema = z.object({
  /** The API's base URL; empty: the task pane's own origin (the local server serves both). */
  apiUrl: z.string().default(""),
  signIn: z
    .discriminatedUnion("kind", [
      z.object({ kind: z.literal("dev") }),
      z.object({
        kind: z.literal("oidc"),
        authority: z.url(),
        clientId: z.string().min(1),
        scope: z.string().default("openid profile"),
        authorizeEndpoint: z.url().optional(),
        tokenEndpoint: z.url().optional(),
      }),
    ])
    .default({ kind: "dev" }),
  /** The programme the task pane works on (one per deployment today). */
  programmeId: z.string().default("stadtteilmanagement"),
});

export type AppConfig = z.infer<typeof appConfigSchema>;

export const loadAppConfig = async (fetchFn: typeof fetch = fetch): Promise<AppConfig> => {
  const response = await fetchFn("config.json", { cache: "no-store" }).catch(() => undefined);
  const raw: unknown = response?.ok ? await response.json() : {};
  const config = appConfigSchema.parse(raw);
  return { ...config, apiUrl: config.apiUrl.replace(/\/$/, "") || location.origin };
};
