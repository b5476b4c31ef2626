/**
 * Paths below the task pane's origin that the identity provider and Office must agree on: the pane
 * builds its redirect_uri from them, the stack registers the same URLs at the app client.
 */
/** Where the provider sends the browser back with `?code=…&state=…` (and after logout). */
export const SIGN_IN_CALLBACK_PATH = "/auth-callback.html";
/**
 * The Office dialog's first page: Office opens a dialog only on the add-in's own domain (12004
 * otherwise), so this page of the pane redirects to the provider.
 */
export const SIGN_IN_START_PATH = "/sign-in-start.html";
/** The deployment's settings beside taskpane.html, written by the stack. */
export const TASK_PANE_CONFIG_PATH = "/config.json";

/** `https://host` + path, one way for pane and stack. */
export const signInUrl = (origin: string, path: string): string => `${origin.replace(/\/$/, "")}${path}`;
