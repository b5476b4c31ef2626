/** True when a table row holds anything a user typed (blank rows in a table are not entries). */
export const hasAnyValue = (row: Record<string, unknown>): boolean =>
  Object.values(row).some((v) =>
    typeof v === "string" ? v.trim() !== "" : v !== null && v !== undefined && v !== false,
  );

export const isBlank = (text: string | null | undefined): boolean => (text ?? "").trim() === "";
