import { z } from "zod";
import { filingSchema } from "./filing";
import { programParamsSchema } from "./program-params";

/** JSON Schema (draft 2020-12) of the filing and the program parameters, generated from zod. */
export const filingJsonSchema = () => z.toJSONSchema(filingSchema, { target: "draft-2020-12" });
export const programParamsJsonSchema = () => z.toJSONSchema(programParamsSchema, { target: "draft-2020-12" });
