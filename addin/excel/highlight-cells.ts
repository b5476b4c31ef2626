import { splitSheetRef } from "../../shared/workbook/cell-address";

/** A cell's fill before it was highlighted, to put it back. */
export interface PreviousFill {
  ref: string;
  color: string | null;
}

const rangesOf = (context: Excel.RequestContext, refs: readonly string[]) =>
  refs.flatMap((ref) => {
    const split = splitSheetRef(ref);
    return split
      ? [{ ref, range: context.workbook.worksheets.getItem(split.sheet).getRange(split.address) }]
      : [];
  });

/**
 * Fills cells (the city's comments, a diff's changes) so they stand out in the sheet; returns their
 * previous fills. Two round trips: read the fills, then set them.
 */
export const highlightCells = (refs: readonly string[], color: string): Promise<PreviousFill[]> =>
  Excel.run(async (context) => {
    const ranges = rangesOf(context, refs);
    for (const { range } of ranges) range.format.fill.load("color");
    await context.sync();
    const previous = ranges.map(({ ref, range }) => ({ ref, color: range.format.fill.color }));
    for (const { range } of ranges) range.format.fill.color = color;
    await context.sync();
    return previous;
  });

/** Puts highlighted cells back as they were ("#FFFFFF" is how Excel reports no fill). One round trip. */
export const restoreFills = (previous: readonly PreviousFill[]) =>
  Excel.run(async (context) => {
    const ranges = rangesOf(
      context,
      previous.map((p) => p.ref),
    );
    ranges.forEach(({ range }, i) => {
      const color = previous[i]?.color;
      if (!color || color.toUpperCase() === "#FFFFFF") range.format.fill.clear();
      else range.format.fill.color = color;
    });
    await context.sync();
  });
