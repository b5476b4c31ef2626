import * as z from "zod";

/**
 * Imported first by the task pane's entry, before any schema exists: zod reads `jitless` when a
 * schema is built. Without it, the first object schema probes `new Function("")` to decide whether
 * it may compile a fast path – under the pane's CSP (no 'unsafe-eval') that probe is a violation
 * report on every start, and the compiled parsers would only pay off for far more parses than a
 * task pane makes.
 */
z.config({ jitless: true });
