export * from "./primitives";
export * from "./verwendungsnachweis";
export * from "./jahresbericht";
export * from "./filing";
export * from "./program-params";
export * from "./empty-filing";
export * from "./json-schema";
export * from "./sample-filings";
