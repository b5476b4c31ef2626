import {
  Button,
  Caption1,
  Divider,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { FILING_KIND_LABELS } from "../../../shared/filing/filing";
import { districtName, traegerName } from "../../../shared/programme/stammdaten";
import { FilingContent } from "../FilingContent/FilingContent";
import { FilingHistory } from "../FilingHistory/FilingHistory";
import { FindingsList } from "../FindingsList/FindingsList";
import { formatDate } from "../format/format-value";
import { ReviewActions } from "../ReviewActions/ReviewActions";
import { StatusBadge } from "../StatusBadge/StatusBadge";
import { VersionCompare } from "../VersionCompare/VersionCompare";
import { ReviewComments } from "./ReviewComments";
import { useReviewPanel, type ReviewPanelDeps } from "./useReviewPanel";
import { PruefvermerkStep, usePruefvermerk } from "../../review/pruefvermerk-step";
import { StichprobeDesk } from "../StichprobeDesk/StichprobeDesk";
import { belegeOf } from "../../../shared/pruefung/belege-of";
import { NoticeBar } from "../NoticeBar/NoticeBar";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "flex-end" },
  heading: { outline: "none", margin: 0 },
});

export interface ReviewPanelProps extends ReviewPanelDeps {
  /** Further forms of the action area (e.g. the Prüfvermerk), each its own component. */
  actionSlot?: ReactNode;
}

/**
 * The reviewer's desk for one filing: what it says (content, findings), how it got here (history
 * with comments and answers), what changed between two versions, comments at fields or rows, and
 * the next step, confirmed.
 */
export const ReviewPanel = (props: ReviewPanelProps) => {
  const styles = useStyles();
  const r = useReviewPanel(props);
  // The Stichprobe of the version on the desk; the Prüfvermerk starts from it for the latest version.
  const [stichprobe, setStichprobe] = useState<{ version: number; belege: string[] }>();
  const latest = r.detail?.filing.latestVersion;
  const vermerk = usePruefvermerk(r.detail, stichprobe?.version === latest ? stichprobe?.belege : undefined);
  const onDesk = r.shown?.version;
  const onStichprobe = useCallback(
    (belege: string[]) => onDesk !== undefined && setStichprobe({ version: onDesk, belege }),
    [onDesk],
  );
  const heading = useRef<HTMLHeadingElement>(null);
  const ready = Boolean(r.detail);
  // Opened from low in the list: the desk comes into view and takes the focus.
  useEffect(() => {
    if (!ready) return;
    heading.current?.focus();
    heading.current?.scrollIntoView?.({ block: "start" });
  }, [ready]);
  if (!r.detail || !r.shown)
    return r.notice ? (
      <MessageBar intent="error">
        <MessageBarBody>{r.notice.text}</MessageBarBody>
      </MessageBar>
    ) : null;
  const { filing, versions } = r.detail;
  const shown = r.shown.version;
  return (
    <section className={styles.root} aria-labelledby="review-title">
      <div>
        <Text
          as="h2"
          size={400}
          weight="semibold"
          id="review-title"
          ref={heading}
          tabIndex={-1}
          className={styles.heading}
        >
          {FILING_KIND_LABELS[filing.kind]} {filing.meta.year} ·{" "}
          {districtName(filing.meta.programmeId, filing.meta.districtId)}
        </Text>
        <div className={styles.row}>
          <Caption1>
            {traegerName(filing.meta.programmeId, filing.meta.traegerId)} · Version {filing.latestVersion}
          </Caption1>
          <StatusBadge status={filing.status} programmeId={filing.meta.programmeId} />
        </div>
        {r.detail.records && (
          <div>
            <Caption1>
              {r.detail.records.unterschriftHinweis.split(":")[0]} · {r.detail.records.aufbewahrungHinweis}
            </Caption1>
          </div>
        )}
      </div>
      <div className={styles.row}>
        <Field label="Version">
          <Select value={String(shown)} onChange={(_e, d) => void r.showVersion(Number(d.value))}>
            {versions.map((v) => (
              <option key={v.version} value={v.version}>
                Version {v.version} vom {formatDate(v.submittedAt)}
              </option>
            ))}
          </Select>
        </Field>
        <Button onClick={() => void r.openVersion(shown)} disabled={r.busy}>
          {props.surface.kind === "excel" ? "In neuen Blättern öffnen" : "Herunterladen"}
        </Button>
      </div>
      <NoticeBar notice={r.notice} />
      <VersionCompare
        kind={filing.kind}
        versions={versions}
        diff={r.diff}
        busy={r.busy}
        onCompare={(from, to) => void r.compare(from, to)}
      />
      <FilingHistory detail={r.detail} />
      {filing.kind === "verwendungsnachweis" && (
        <StichprobeDesk
          key={`${filing.filingId}#${shown}`}
          api={props.api}
          filingId={filing.filingId}
          version={shown}
          belege={belegeOf(r.shown.content)}
          canRequest={props.role === "koordinierung"}
          onStichprobe={onStichprobe}
        />
      )}
      {props.role === "koordinierung" && r.actions.includes("zurueckgeben") && (
        <ReviewComments r={r} filing={r.shown.content} excel={props.surface.kind === "excel"} />
      )}
      <ReviewActions
        actions={r.actions}
        programmeId={filing.meta.programmeId}
        busy={r.busy}
        reasons={{ ...r.reasons, ...(vermerk.error && { pruefen: vermerk.error }) }}
        onConfirm={(a) => void (a === "pruefen" && vermerk.built ? r.act(a, vermerk.built) : r.act(a))}
      >
        {r.actions.includes("pruefen") && <PruefvermerkStep {...vermerk} />}
        {props.actionSlot}
      </ReviewActions>
      <Divider />
      {/* Checked by every rule when it was submitted (a version with Fehler is never stored). */}
      <FindingsList findings={r.shown.findings} checking={false} checkedAt={new Date(r.shown.submittedAt)} />
      <FilingContent filing={r.shown.content} />
    </section>
  );
};
