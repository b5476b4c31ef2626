import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * The desk's sections (Belegliste, comments, payments) and their in-place confirmations: one
 * column that never widens the 350 px pane, rows that wrap, and the confirmation's framed box.
 */
export const useDeskStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "flex-end" },
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
