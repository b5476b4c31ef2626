import { Badge, Button, Caption1, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Filing } from "../../../shared/filing/filing";
import { formatCount, formatFindingCounts } from "../../../shared/money/format-de";
import { SEVERITY_LABELS, type Finding } from "../../../shared/rules/finding";
import { splitOpenFindings } from "../../../shared/rules/open-findings";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
  item: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
    width: "100%",
    justifyContent: "flex-start",
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
    minHeight: "auto",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
  },
  text: { display: "flex", flexDirection: "column" },
  badge: { flexShrink: 0 },
  summary: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  group: { marginTop: tokens.spacingVerticalS },
});

const COLOR = { fehler: "danger", warnung: "warning", hinweis: "informative" } as const;

/** "'Verwendungsnachweis'!B12" → "Verwendungsnachweis!B12", as Excel's name box shows it. */
export const shortCell = (cell: string) => cell.replace(/^'(.*)'!/, "$1!").replace(/''/g, "'");

export interface FindingsListProps {
  findings: readonly Finding[];
  /** Selects the finding's cell; absent where the host cannot (a plain browser). */
  onSelect?: (cell: string) => void;
  /** When the last check ran, or undefined while none has. */
  checkedAt?: Date;
  checking?: boolean;
  /**
   * The filing the findings are of: a Fehler at a still empty field is then listed apart as
   * „noch auszufüllen“ (shared/rules/open-findings.ts), so a fresh template does not open with Fehler.
   */
  filing?: Filing;
  /** The workbook holds no template yet: the prompt what to do instead of findings. */
  noTemplate?: string;
}

/** „2 Fehler, 1 Warnung, 0 Hinweise“, and what is still to fill in; „keine Befunde“ when nothing is. */
const summaryOf = (findings: readonly Finding[], open: readonly Finding[]) => {
  const count = (s: Finding["severity"]) => findings.filter((f) => f.severity === s).length;
  const parts = [
    ...(findings.length
      ? [
          formatFindingCounts({
            fehler: count("fehler"),
            warnung: count("warnung"),
            hinweis: count("hinweis"),
          }),
        ]
      : ["keine Befunde"]),
    ...(open.length ? [`${formatCount(open.length, "Angabe", "Angaben")} noch auszufüllen`] : []),
  ];
  return parts.join(" · ");
};

/** The live check's findings, in the form's order; a click takes Excel to the cell. */
export const FindingsList = ({
  findings: all,
  onSelect,
  checkedAt,
  checking,
  filing,
  noTemplate,
}: FindingsListProps) => {
  const styles = useStyles();
  const { open, findings } = filing ? splitOpenFindings(filing, all) : { open: [], findings: all };
  if (noTemplate)
    return (
      <section aria-labelledby="findings-title">
        <Subtitle2 as="h2" id="findings-title">
          Prüfung
        </Subtitle2>
        <p role="status">{noTemplate}</p>
      </section>
    );
  // A still empty field is no Fehler yet: its badge says what to do, in a quiet colour.
  const list = (items: readonly Finding[], label: string, pending = false) => (
    <ul className={styles.list} aria-label={label}>
      {items.map((f, i) => {
        const cell = f.location.cell;
        const body = (
          <>
            <Badge
              className={styles.badge}
              color={pending ? "subtle" : COLOR[f.severity]}
              appearance="tint"
              shape="rounded"
            >
              {pending ? "auszufüllen" : SEVERITY_LABELS[f.severity]}
            </Badge>
            <span className={styles.text}>
              <span>{f.message}</span>
              <Caption1>
                {f.location.label}
                {cell ? ` · ${shortCell(cell)}` : ""}
              </Caption1>
            </span>
          </>
        );
        return (
          <li key={`${f.ruleId}-${i}`}>
            {cell && onSelect ? (
              <Button
                appearance="subtle"
                className={styles.item}
                onClick={() => onSelect(cell)}
                title={`Zelle ${shortCell(cell)} auswählen`}
              >
                {body}
              </Button>
            ) : (
              <div className={styles.item}>{body}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
  return (
    <section aria-labelledby="findings-title" aria-busy={checking}>
      <div className={styles.summary}>
        <Subtitle2 as="h2" id="findings-title">
          Prüfung
        </Subtitle2>
        <span role="status" aria-live="polite">
          {all.length === 0 && !checkedAt ? "" : summaryOf(findings, open)}
        </span>
      </div>
      {checkedAt && (
        <Caption1>
          zuletzt geprüft {checkedAt.toLocaleTimeString("de-DE")}
          {checking ? " · prüft …" : ""}
        </Caption1>
      )}
      {findings.length > 0 && list(findings, "Befunde")}
      {open.length > 0 && (
        <div className={styles.group}>
          <Text as="h3" size={200} weight="semibold">
            Noch auszufüllen ({open.length})
          </Text>
          {list(open, "Noch auszufüllen", true)}
        </div>
      )}
    </section>
  );
};
