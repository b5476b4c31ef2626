import type { Filing } from "../../shared/filing/filing";

/**
 * The Belegnummern of a version's Belegliste – the one place that knows where the filing keeps it.
 * A Jahresbericht has none.
 */
export const belegnummernOf = (content: Filing): string[] => {
  if (content.kind !== "verwendungsnachweis") return [];
  const list = (content.data as { belegliste?: { belegnr: string }[] }).belegliste ?? [];
  return list.map((b) => b.belegnr);
};
