import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * The desk's sections (Belegliste, comments, payments) and their in-place confirmations: one
 * column that never widens the 350 px pane, rows that wrap, tables, and the confirmation's box.
 */
export const useDeskStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "flex-end" },
  // Fixed columns that wrap anywhere: at 350 px (task pane) a desk's table fits without scrolling sideways.
  table: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    width: "100%",
    tableLayout: "fixed",
    overflowWrap: "anywhere",
  },
  cell: {
    padding: "2px 4px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    textAlign: "start",
    verticalAlign: "top",
  },
  confirm: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    outline: "none",
  },
});
