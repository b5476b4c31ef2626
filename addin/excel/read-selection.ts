/** The address of the selected cell (top left of the selection), e.g. "'Verwendungsnachweis v1'!B12". */
export const readSelection = () =>
  Excel.run(async (context) => {
    const range = context.workbook.getSelectedRange().load("address");
    await context.sync();
    return range.address.split(":")[0]!;
  });
