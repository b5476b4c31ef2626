import { fileURLToPath } from "node:url";

/** The checkout's root: handler entries (functions/handler-entry.ts) and the esbuild working directory are relative to it. */
export const REPO_ROOT = fileURLToPath(new URL("..", import.meta.url));
