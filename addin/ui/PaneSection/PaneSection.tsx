import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ComponentProps } from "react";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** One section of the task pane: its parts stacked in one column, spaced alike in every panel. */
export function PaneSection({ className, ...props }: ComponentProps<"section">) {
  const styles = useStyles();
  return <section {...props} className={mergeClasses(styles.root, className)} />;
}
