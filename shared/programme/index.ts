export * from "./programme-schema";
export * from "./program-params";
export * from "./programmes";
export * from "./params-for-year";
export * from "./stammdaten";
export * from "./render-text";
export * from "./role-label";
