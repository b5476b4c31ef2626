#!/usr/bin/env node
// Launcher for the `foerderbericht` command: lets Node load the TypeScript sources through tsx,
// so the CLI runs straight from the repository without a build step.
import { register } from "tsx/esm/api";

register();
await import("../cli/main.ts");
