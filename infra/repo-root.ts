import { fileURLToPath } from "node:url";

/** The checkout's root: entries in functions/routes.ts and the esbuild working directory are relative to it. */
export const REPO_ROOT = fileURLToPath(new URL("..", import.meta.url));
