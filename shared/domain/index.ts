export * from "./wirkungstreppe";
export * from "./leistungsarten";
export * from "./lifecycle";
