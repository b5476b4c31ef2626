import { Button, Caption1, Divider, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import { canSubmitFrom, type FilingStatus } from "../../../shared/domain/lifecycle";
import { statusLabel } from "../../../shared/programme/lifecycle-words";
import { FILING_KIND_LABELS } from "../../../shared/filing/filing";
import { formatCount } from "../../../shared/money/format-de";
import { districtName } from "../../../shared/programme/stammdaten";
import { splitOpenFindings } from "../../../shared/rules/open-findings";
import type { ApiClient } from "../../../shared/api/api-client";
import type { BrowserSurface } from "../../host/browser-surface";
import type { WorkbookSurface } from "../../host/workbook-surface";
import { CommentsList } from "../CommentsList/CommentsList";
import { FindingsList } from "../FindingsList/FindingsList";
import { MyFilings } from "../MyFilings/MyFilings";
import { SubmitPanel } from "../SubmitPanel/SubmitPanel";
import { TemplatePanel } from "../TemplatePanel/TemplatePanel";
import { UploadPanel } from "../UploadPanel/UploadPanel";
import { useTraegerView } from "./useTraegerView";
import { NoticeBar } from "../NoticeBar/NoticeBar";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
});

const DECLARATION =
  "Ich bestätige, dass die Angaben richtig sind und der Zuschuss zuwendungsgemäß verwendet wurde. Die Einreichung ist rechtsverbindlich.";

export interface TraegerViewProps {
  surface: WorkbookSurface;
  api: ApiClient;
  programmeId: string;
  traegerId: string;
  now?: Date;
}

/** Why „Einreichen“ is off although the workbook is fine: the city has taken the filing further. */
const statusBlock = (programmeId: string, status: FilingStatus) =>
  `Der Bericht ist bei der Stadt „${statusLabel(programmeId, status)}“: eine neue Version ist erst nach einer Rückgabe möglich.`;

/** The Träger's task pane: begin a report, check it live, answer the city's comments, submit. */
export const TraegerView = ({ surface, api, programmeId, traegerId, now = new Date() }: TraegerViewProps) => {
  const styles = useStyles();
  const v = useTraegerView({ surface, api });
  const browser = surface.kind === "browser" ? (surface as BrowserSurface) : undefined;
  // Empty Pflichtangaben count apart („noch auszufüllen“); both block the submission.
  const split = v.filing ? splitOpenFindings(v.filing, v.findings) : { open: [], findings: v.findings };
  const fehler = split.findings.filter((f) => f.severity === "fehler").length;
  const todo = [
    ...(fehler ? [formatCount(fehler, "Fehler", "Fehler")] : []),
    ...(split.open.length ? [`${formatCount(split.open.length, "Angabe", "Angaben")} auszufüllen`] : []),
  ].join(" und ");
  const thisYear = now.getFullYear();
  const status = v.detail?.filing.status;
  const blocked =
    status && !canSubmitFrom(status)
      ? statusBlock(programmeId, status)
      : todo
        ? surface.canShowCells
          ? `Noch ${todo}: bitte zuerst erledigen (Klick auf einen Befund zeigt die Zelle).`
          : `Noch ${todo}: bitte in der Datei an den genannten Zellen erledigen und neu hochladen.`
        : undefined;
  return (
    <div className={styles.root}>
      {browser && <UploadPanel fileName={browser.fileName()} onFile={browser.setFile} />}
      {v.filing ? (
        <section aria-label="Bericht">
          <Text weight="semibold">
            {FILING_KIND_LABELS[v.filing.kind]} {v.filing.meta.year} ·{" "}
            {districtName(v.filing.meta.programmeId, v.filing.meta.districtId)}
          </Text>
          <div className={styles.row}>
            <Caption1>
              {v.detail
                ? `Bei der Stadt: Version ${v.detail.filing.latestVersion}, „${statusLabel(v.detail.filing.meta.programmeId, v.detail.filing.status)}“`
                : v.detail === null
                  ? "Noch nicht eingereicht (Entwurf in dieser Arbeitsmappe)."
                  : ""}
            </Caption1>
            <Button size="small" onClick={() => void v.actions.refresh()} disabled={v.busy}>
              Status aktualisieren
            </Button>
            {browser && (
              <Button size="small" onClick={browser.clearFile} disabled={v.busy}>
                Anderen Bericht beginnen
              </Button>
            )}
          </div>
        </section>
      ) : (
        <>
          <MyFilings
            api={api}
            programmeId={programmeId}
            years={[thisYear, thisYear - 1, thisYear - 2]}
            excel={surface.kind === "excel"}
            busy={v.busy}
            onOpen={(item) => void v.actions.openStored(item)}
            onStart={(c) => void v.actions.template(c)}
            onDraft={(c) => void v.actions.draft(c)}
          />
          <TemplatePanel
            programmeId={programmeId}
            traegerId={traegerId}
            templateLabel={surface.kind === "excel" ? "Vorlage einfügen" : "Leere Vorlage herunterladen"}
            busy={v.busy}
            onTemplate={(c) => void v.actions.template(c)}
            onCarryOver={(c) => void v.actions.carryOver(c)}
            onDraft={(c) => void v.actions.draft(c)}
          />
        </>
      )}
      {v.progress !== undefined && <ProgressBar value={v.progress} aria-label="Schreibt die Blätter" />}
      <NoticeBar notice={v.notice} />
      <CommentsList comments={v.comments} {...(surface.canShowCells && { onSelect: v.actions.selectCell })} />
      {v.read && (
        <FindingsList
          findings={v.findings}
          {...(v.filing && { filing: v.filing })}
          {...(v.read.noTemplate && {
            noTemplate:
              surface.kind === "excel"
                ? "Diese Arbeitsmappe enthält noch keinen Bericht: oben unter „Meine Berichte“ einen Bericht öffnen oder „Vorlage einfügen“ wählen."
                : "Die Datei enthält keinen Bericht des Förderberichts: „Leere Vorlage herunterladen“, ausfüllen und wieder hochladen.",
          })}
          checking={v.checking}
          {...(v.checkedAt && { checkedAt: v.checkedAt })}
          {...(surface.canShowCells && { onSelect: v.actions.selectCell })}
        />
      )}
      {v.filing && (
        <>
          <div className={styles.row}>
            <Button onClick={() => void v.actions.saveDraft()} disabled={v.busy}>
              Entwurf speichern
            </Button>
            <Caption1>nur für Ihren Träger sichtbar, wird nicht eingereicht</Caption1>
          </div>
          <Divider />
          <SubmitPanel
            // A new return by the city starts the panel afresh: the last result is history then.
            key={String(v.detail?.audit.findLast((a) => a.action === "zurueckgeben")?.seq ?? 0)}
            declaration={DECLARATION}
            submit={v.actions.submit}
            isRetryable={v.actions.isRetryable}
            {...(blocked && { blocked })}
          />
        </>
      )}
    </div>
  );
};
