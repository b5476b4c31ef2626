import { Caption1, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Filing } from "../../../shared/filing/filing";
import { labelForPath, type FieldPath } from "../../../shared/filing/labels";
import { layoutFor } from "../../../shared/layout/layouts";
import { formatFieldValue } from "../format/format-value";
import { PaneSection } from "../PaneSection/PaneSection";

const useStyles = makeStyles({
  sheet: { margin: 0 },
  list: {
    margin: 0,
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalM,
    rowGap: "2px",
  },
  term: { overflowWrap: "anywhere" },
  value: { margin: 0, textAlign: "end", overflowWrap: "anywhere", maxWidth: "40ch" },
});

const at = (data: unknown, path: FieldPath): unknown =>
  path.reduce<unknown>((node, s) => (node as Record<string | number, unknown> | undefined)?.[s], data);

/** The label within its section: the section title is the heading above it. */
const shortLabel = (filing: Filing, path: FieldPath) => {
  const parts = labelForPath(filing.kind, path, filing.meta.programmeId).split(" › ");
  return parts.length > 1 ? parts.slice(1).join(" › ") : parts[0]!;
};

/**
 * A stored version as the form shows it: sheet by sheet, each field with its label and its value
 * formatted as in the cell; each table row by row. Read-only – for the reviewer who has no workbook open.
 */
export const FilingContent = ({ filing }: { filing: Filing }) => {
  const styles = useStyles();
  const layout = layoutFor(filing.kind);
  const sections = layout.sheets.flatMap((sheet) => {
    const entries: { key: string; label: string; value: string }[] = [];
    for (const f of layout.fields)
      if (f.sheet === sheet.name && f.path)
        entries.push({
          key: f.name,
          label: shortLabel(filing, f.path),
          value: formatFieldValue(filing.kind, f.path, at(filing.data, f.path)),
        });
    for (const t of layout.tables.filter((t) => t.sheet === sheet.name)) {
      const rows = at(filing.data, t.path);
      (Array.isArray(rows) ? rows : []).forEach((_row, i) =>
        t.columns.forEach((c) => {
          const path = [...t.path, i, ...(c.key ? [c.key] : [])];
          entries.push({
            key: `${t.name}-${i}-${c.key}`,
            label: `${t.label} › Zeile ${i + 1} › ${c.header}`,
            value: formatFieldValue(filing.kind, path, at(filing.data, path)),
          });
        }),
      );
    }
    return entries.length ? [{ sheet: sheet.name, entries }] : [];
  });
  return (
    <PaneSection aria-labelledby="content-title">
      <Subtitle2 as="h3" id="content-title">
        Inhalt
      </Subtitle2>
      {sections.map((s) => (
        <div key={s.sheet}>
          <Text as="h4" size={200} weight="semibold" className={styles.sheet}>
            {s.sheet}
          </Text>
          <dl className={styles.list}>
            {s.entries.map((e) => (
              <div key={e.key} style={{ display: "contents" }}>
                <dt className={styles.term}>
                  <Caption1>{e.label}</Caption1>
                </dt>
                <dd className={styles.value}>
                  <Caption1>{e.value}</Caption1>
                </dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </PaneSection>
  );
};
