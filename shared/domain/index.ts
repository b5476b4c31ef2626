export * from "./wirkungstreppe";
export * from "./leistungsarten";
export * from "./stammdaten";
export * from "./lifecycle";
