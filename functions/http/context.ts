import type { PdfRenderer } from "../core/pdf-renderer";
import type { ServiceDeps } from "../core/service-deps";
import { verifierFromEnv, type TokenVerifier } from "../auth/verify-token";
import { storeFromEnv } from "./store-from-env";

/** What handlers need besides the request: the services' deps and the token verifier. */
export interface ApiContext extends ServiceDeps {
  verifyToken: TokenVerifier;
  /** Prints the publication PDFs, in JavaScript (no LibreOffice at run time). */
  pdf: PdfRenderer;
  /** The API's public URL for links in generated files; the local server injects its own origin. */
  publicApiUrl?: string;
  /** The web app's public URL (PUBLIC_APP_URL), where links in generated files point. */
  publicAppUrl?: string;
}

/**
 * Module-level and lazy: a Lambda builds its store and verifier once per container, on first use,
 * from the environment. Tests and the local server inject theirs with `setContext` instead.
 */
let injected: Partial<ApiContext> = {};
let built: Partial<ApiContext> = {};

export const setContext = (context: Partial<ApiContext>): void => {
  injected = { ...injected, ...context };
  built = {};
};

export const resetContext = (): void => {
  injected = {};
  built = {};
};

const lazy = <K extends keyof ApiContext>(key: K, make: () => ApiContext[K]): ApiContext[K] =>
  injected[key] ?? (built[key] ??= make());

export const getVerifier = (): TokenVerifier => lazy("verifyToken", () => verifierFromEnv());

/** `make` comes from the two PDF handlers, so only their bundles carry pdfmake and its fonts. */
export const getPdfRenderer = (make: () => PdfRenderer): PdfRenderer => lazy("pdf", make);

/** Configuration, never the request: see functions/http/link-base.ts. */
export const getPublicApiUrl = (): string | undefined => injected.publicApiUrl ?? process.env.PUBLIC_API_URL;

/**
 * The web app's address for links a signed-in user opens from a generated file (PUBLIC_APP_URL);
 * the local server serves the app on its own origin, so its injected address serves as well.
 */
export const getPublicAppUrl = (): string | undefined =>
  injected.publicAppUrl ?? process.env.PUBLIC_APP_URL ?? injected.publicApiUrl;

export const getDeps = (): ServiceDeps => ({
  store: lazy("store", () => storeFromEnv()),
  clock: lazy("clock", () => () => new Date()),
});
