import * as z from "zod";
import { slugSchema } from "../domain/primitives";

/**
 * How the pane signs in at an OIDC provider. Endpoints come from the issuer's
 * `.well-known/openid-configuration`; only what discovery cannot say is configured here.
 */
export const oidcSignInSchema = z.object({
  kind: z.literal("oidc"),
  /** `iss` of the tokens; discovery lives below it (Entra: `https://login.microsoftonline.com/<tenant>/v2.0`). */
  issuer: z.url(),
  clientId: z.string().min(1),
  /** Entra: `openid profile offline_access api://<api>/access_as_user`, so the access token is the API's. */
  scope: z.string().default("openid profile email"),
  /**
   * Which token the API gets. Cognito: `id` (the trigger puts role and Träger into the ID token, whose
   * `aud` is the app client; its access token has no `aud`). Entra: `access` (for the API scope).
   */
  apiToken: z.enum(["id", "access"]).default("id"),
  /**
   * A logout page that takes `client_id` and `logout_uri` (Cognito's hosted UI `/logout`, which
   * discovery does not name); else the provider's `end_session_endpoint`.
   */
  logoutEndpoint: z.url().optional(),
  /** Office SSO (`getAccessToken`) only where the manifest carries WebApplicationInfo. */
  officeSso: z.boolean().default(false),
});

/** config.json beside taskpane.html, as the stack writes it (and `npm start` serves its dev variant). */
export const taskPaneConfigSchema = z.object({
  /** The API's base URL; empty: the task pane's own origin (the local server serves both). */
  apiUrl: z.string().default(""),
  /**
   * Where the archive downloads stream from (the stack's function URL, output ArchiveUrl); empty: the
   * API's buffered path (the local server), bounded by API Gateway's 6 MB when deployed.
   */
  archiveUrl: z.string().default(""),
  signIn: z.discriminatedUnion("kind", [z.object({ kind: z.literal("dev") }), oidcSignInSchema]),
  /** The programme the task pane works on (one per deployment today). */
  programmeId: slugSchema.default("stadtteilmanagement"),
});

export type OidcSignInConfig = z.infer<typeof oidcSignInSchema>;
export type TaskPaneConfig = z.infer<typeof taskPaneConfigSchema>;
export type TaskPaneConfigInput = z.input<typeof taskPaneConfigSchema>;
