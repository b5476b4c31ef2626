import * as z from "zod";
import { filingSchema } from "./filing";
import { programParamsSchema } from "../programme/program-params";

/**
 * JSON Schema (draft 2020-12) of the filing and the program parameters, generated from zod.
 * `io: "input"` describes what the API accepts: like zod, it tolerates extra properties.
 */
export const filingJsonSchema = () => z.toJSONSchema(filingSchema, { target: "draft-2020-12", io: "input" });
export const programParamsJsonSchema = () =>
  z.toJSONSchema(programParamsSchema, { target: "draft-2020-12", io: "input" });
