// What every bench prints the same way: medians, and a ratio against its goal that says by how
// much a missed goal is missed.

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/** `1.42× (Ziel ≤ 2×, erreicht)` or `2.61× (Ziel ≤ 2.5×, verfehlt um 0.11×)`. */
export const formatRatio = (ratio: number, goal: number): string =>
  `${ratio.toFixed(2)}× (Ziel ≤ ${goal}×, ${ratio <= goal ? "erreicht" : `verfehlt um ${(ratio - goal).toFixed(2)}×`})`;
