export * from "./plan-types";
export * from "./styles";
export * from "./validation-rules";
export * from "./form-sheet-plan";
export * from "./meta-sheet-plan";
export * from "./workbook-plan";
