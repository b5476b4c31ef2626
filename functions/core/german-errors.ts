import { z } from "zod";

/** zod's German messages, built once for every parse that answers a user. */
export const germanErrors = z.locales.de().localeError;
