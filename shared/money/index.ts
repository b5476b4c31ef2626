export * from "./cents";
export * from "./format-money";
export * from "./parse-money";
export * from "./amount-in-words";
export * from "./format-de";
