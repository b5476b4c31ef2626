import { Button, Caption1, MessageBar, MessageBarBody, Subtitle2 } from "@fluentui/react-components";
import { useListStyles } from "../list-styles";
import { shortCell } from "../FindingsList/FindingsList";

export interface PinnedComment {
  text: string;
  label: string;
  /** The cell in this workbook now (the field's path followed), or the cell the city named. */
  cell?: string;
  by: string;
  at: string;
  version: number;
}

/** The Koordinierungsstelle's comments of the last return, pinned to their cells (marked orange in Excel). */
export const CommentsList = ({
  comments,
  onSelect,
}: {
  comments: readonly PinnedComment[];
  onSelect?: (cell: string) => void;
}) => {
  const styles = useListStyles();
  if (comments.length === 0) return null;
  return (
    <section aria-labelledby="comments-title">
      <Subtitle2 as="h2" id="comments-title">
        Rückfragen der Koordinierungsstelle
      </Subtitle2>
      <MessageBar intent="warning">
        <MessageBarBody>
          Der Bericht wurde zurückgegeben. Bitte die markierten Zellen prüfen und erneut einreichen.
        </MessageBarBody>
      </MessageBar>
      <ul className={styles.list}>
        {comments.map((c, i) => {
          const body = (
            <span className={styles.text}>
              <span>„{c.text}“</span>
              <Caption1>
                {c.label}
                {c.cell ? ` · ${shortCell(c.cell)}` : ""} · {c.by}, zu Version {c.version}
              </Caption1>
            </span>
          );
          return (
            <li key={i}>
              {c.cell && onSelect ? (
                <Button appearance="subtle" className={styles.item} onClick={() => onSelect(c.cell!)}>
                  {body}
                </Button>
              ) : (
                body
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
};
