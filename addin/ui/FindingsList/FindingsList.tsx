import { Badge, Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { SEVERITY_LABELS, type Finding } from "../../../shared/rules/finding";
import { plural } from "../format/format-value";

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
}

/** The live check's findings, in the form's order; a click takes Excel to the cell. */
export const FindingsList = ({ findings, onSelect, checkedAt, checking }: FindingsListProps) => {
  const styles = useStyles();
  const count = (s: Finding["severity"]) => findings.filter((f) => f.severity === s).length;
  return (
    <section aria-labelledby="findings-title" aria-busy={checking}>
      <div className={styles.summary}>
        <Subtitle2 as="h2" id="findings-title">
          Prüfung
        </Subtitle2>
        <span role="status" aria-live="polite">
          {findings.length === 0
            ? checkedAt && "keine Befunde"
            : `${count("fehler")} Fehler, ${plural(count("warnung"), "Warnung", "Warnungen")}, ${plural(count("hinweis"), "Hinweis", "Hinweise")}`}
        </span>
      </div>
      {checkedAt && (
        <Caption1>
          zuletzt geprüft {checkedAt.toLocaleTimeString("de-DE")}
          {checking ? " · prüft …" : ""}
        </Caption1>
      )}
      <ul className={styles.list}>
        {findings.map((f, i) => {
          const cell = f.location.cell;
          const body = (
            <>
              <Badge className={styles.badge} color={COLOR[f.severity]} appearance="tint" shape="rounded">
                {SEVERITY_LABELS[f.severity]}
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
    </section>
  );
};
