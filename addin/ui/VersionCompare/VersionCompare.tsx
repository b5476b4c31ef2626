import { Button, Caption1, Field, Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { DiffResponse, VersionInfo } from "../../../shared/api/api-schemas";
import type { FilingKind } from "../../../shared/filing/filing";
import { formatFieldValue, plural } from "../format/format-value";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "flex-end" },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

/** The last part of a label that names the field itself: „Personalkosten“ of „1. Personalkosten › Zeile 1 › Personalkosten“. */
const fieldName = (label: string) => label.split(" › ").at(-1) ?? label;
const where = (label: string) => label.split(" › ").slice(0, -1).join(" › ");

export interface VersionCompareProps {
  kind: FilingKind;
  versions: VersionInfo[];
  diff: DiffResponse | undefined;
  busy: boolean;
  onCompare: (from: number, to: number) => void;
}

/** Any two versions side by side, field by field, each value formatted as its cell shows it. */
export const VersionCompare = ({ kind, versions, diff, busy, onCompare }: VersionCompareProps) => {
  const styles = useStyles();
  const latest = versions.at(-1)?.version ?? 1;
  const [from, setFrom] = useState(Math.max(1, latest - 1));
  const [to, setTo] = useState(latest);
  if (versions.length < 2) return null;
  const options = versions.map((v) => (
    <option key={v.version} value={v.version}>
      Version {v.version}
    </option>
  ));
  return (
    <section aria-labelledby="compare-title">
      <Subtitle2 as="h3" id="compare-title">
        Versionen vergleichen
      </Subtitle2>
      <div className={styles.row}>
        <Field label="von">
          <Select value={String(from)} onChange={(_e, d) => setFrom(Number(d.value))}>
            {options}
          </Select>
        </Field>
        <Field label="mit">
          <Select value={String(to)} onChange={(_e, d) => setTo(Number(d.value))}>
            {options}
          </Select>
        </Field>
        <Button onClick={() => onCompare(from, to)} disabled={busy || from === to}>
          Version {from} mit {to} vergleichen
        </Button>
      </div>
      {diff && (
        <>
          <Caption1 as="p">
            {plural(diff.changes.length, "Änderung", "Änderungen")} von Version {diff.from} zu {diff.to}
          </Caption1>
          <ul className={styles.list} aria-label={`Änderungen von Version ${diff.from} zu ${diff.to}`}>
            {diff.changes.map((c, i) => (
              <li key={i}>
                <Caption1>
                  {fieldName(c.label)}: {formatFieldValue(kind, c.path, c.before)} →{" "}
                  {formatFieldValue(kind, c.path, c.after)}
                  {where(c.label) && ` (${where(c.label)})`}
                </Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
};
