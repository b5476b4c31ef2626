export * from "./finding";
export * from "./rule";
export * from "./validate";
export * from "./all-rules";
export * from "./input-rules";
export * from "./compute-verwendungsnachweis";
export * from "./collect-amounts";
export { hasAnyValue } from "./row-helpers";
export { looksLikeFullName } from "./jahresbericht/ehrenamt-klarname";
