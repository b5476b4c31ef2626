import { Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { FilingDetail } from "../../../shared/api/api-schemas";
import { statusLabel } from "../../../shared/programme/lifecycle-words";
import { shortCell } from "../FindingsList/FindingsList";
import { formatDateTime, plural } from "../format/format-value";
import { actionWording } from "../ReviewActions/action-wording";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  entry: { display: "flex", flexDirection: "column", gap: "2px", marginBlockEnd: tokens.spacingVerticalXS },
  comments: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** The version that answered a return: the next submission after it. */
const answeredBy = (detail: FilingDetail, seq: number) =>
  detail.audit.find((a) => a.seq > seq && a.action === "einreichen")?.version;

/**
 * A filing's history, oldest first: every submission and state change with who and when, and each
 * return's comments with the version that answered them – so a reviewer sees whether v3 answers v2.
 */
export const FilingHistory = ({ detail }: { detail: FilingDetail }) => {
  const styles = useStyles();
  const { programmeId } = detail.filing.meta;
  return (
    <section aria-labelledby="history-title">
      <Subtitle2 as="h3" id="history-title">
        Verlauf ({plural(detail.versions.length, "Version", "Versionen")})
      </Subtitle2>
      <ol className={styles.list}>
        {detail.audit.map((a) => {
          const answer = answeredBy(detail, a.seq);
          return (
            <li key={a.seq} className={styles.entry}>
              <Caption1>
                {formatDateTime(a.at)} ·{" "}
                {a.action === "einreichen"
                  ? `Version ${a.version} eingereicht`
                  : a.action === "schwaerzen"
                    ? `Namen in Version ${a.version} geschwärzt`
                    : a.action === "stichprobe"
                      ? `Stichprobe zu Version ${a.version} angefordert`
                      : actionWording(programmeId, a.action).done}{" "}
                · {a.by.name} · jetzt „{statusLabel(programmeId, a.toStatus)}“
              </Caption1>
              {a.comments.length > 0 && (
                <ul className={styles.comments} aria-label={`Kommentare zu Version ${a.version}`}>
                  {a.comments.map((c, i) => (
                    <li key={i}>
                      <Caption1>
                        {c.label ?? "allgemein"}
                        {c.cell ? ` (${shortCell(c.cell)})` : ""}: „{c.text}“ ·{" "}
                        {answer ? `beantwortet mit Version ${answer}` : "noch offen"}
                      </Caption1>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
};
