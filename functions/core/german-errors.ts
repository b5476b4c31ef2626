import de from "zod/v4/locales/de.js";

/**
 * zod's German messages, built once for every parse that answers a user. Imported on its own:
 * going through `z.locales` would pull every language zod ships into each Lambda bundle.
 */
export const germanErrors = de().localeError;
