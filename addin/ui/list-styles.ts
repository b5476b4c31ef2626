import { makeStyles, tokens } from "@fluentui/react-components";

/** Lists of clickable entries (findings, comments, filings): a full-width, left-aligned button each. */
export const useListStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
  item: {
    width: "100%",
    justifyContent: "flex-start",
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
    minHeight: "auto",
  },
  text: { display: "flex", flexDirection: "column", gap: "2px" },
});
