import {
  Button,
  Caption1,
  Field,
  Select,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Filing } from "../../../shared/filing/filing";
import type { FieldPath } from "../../../shared/filing/labels";
import { fieldPaths } from "../../review/plan-path-at";
import { shortCell } from "../FindingsList/FindingsList";
import { useDeskStyles } from "../desk-styles";
import type { ReviewPanelState } from "./useReviewPanel";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  // Long labels (45 of them) must not widen the page: the select takes the pane's width, no more.
  select: { width: "100%", maxWidth: "100%", minWidth: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

export interface ReviewCommentsProps {
  r: ReviewPanelState;
  /** The version on the desk: its fields and rows are what a comment can be about. */
  filing: Filing;
  excel: boolean;
}

/** Comments for a return: at a cell picked in Excel, or at any field or table row of the version shown. */
export const ReviewComments = ({ r, filing, excel }: ReviewCommentsProps) => {
  const styles = { ...useDeskStyles(), ...useStyles() };
  const [text, setText] = useState("");
  const [field, setField] = useState("");
  const [picked, setPicked] = useState<{ path: FieldPath; cell: string; label: string }>();
  const add = async () => {
    const path = picked?.path ?? (field ? (JSON.parse(field) as FieldPath) : undefined);
    await r.addComment(text.trim(), path, picked?.cell);
    setText("");
    setPicked(undefined);
  };
  return (
    <section className={styles.root} aria-labelledby="comments-title">
      <Subtitle2 as="h3" id="comments-title">
        Rückfragen an den Träger
      </Subtitle2>
      {excel && (
        <div className={styles.row}>
          <Button onClick={() => void r.pickCell().then((p) => p && setPicked(p))} disabled={r.busy}>
            Markierte Zelle übernehmen
          </Button>
          <Caption1>
            {picked ? `${picked.label} · ${shortCell(picked.cell)}` : "keine Zelle gewählt"}
          </Caption1>
        </div>
      )}
      {!picked && (
        <Field label="Feld oder Zeile">
          <Select className={styles.select} value={field} onChange={(_e, d) => setField(d.value)}>
            <option value="">allgemein (ohne Zelle)</option>
            {fieldPaths(filing, { withRows: true }).map((path) => (
              <option key={JSON.stringify(path)} value={JSON.stringify(path)}>
                {r.fieldLabel(path)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field label="Kommentar">
        <Textarea value={text} onChange={(_e, d) => setText(d.value)} resize="vertical" />
      </Field>
      <div className={styles.row}>
        <Button onClick={() => void add()} disabled={!text.trim() || r.busy}>
          Kommentar hinzufügen
        </Button>
      </div>
      {r.pending.length > 0 && (
        <ul className={styles.list} aria-label="Kommentare dieser Rückgabe">
          {r.pending.map((c, i) => (
            <li key={i}>
              <Caption1>
                {c.label}
                {c.cell ? ` (${shortCell(c.cell)})` : ""}: „{c.text}“{" "}
              </Caption1>
              <Button size="small" appearance="transparent" onClick={() => r.removeComment(i)}>
                entfernen
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
