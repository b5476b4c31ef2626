import {
  Badge,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { FilingSummary, MissingFiling } from "../../../shared/api/api-schemas";
import { FILING_KIND_LABELS } from "../../../shared/filing/filing";
import { districtName } from "../../../shared/programme/stammdaten";
import type { ApiClient } from "../../../shared/api/api-client";
import { formatDate, plural } from "../format/format-value";
import { RueckforderungCard } from "../RueckforderungCard/RueckforderungCard";
import { StatusBadge } from "../StatusBadge/StatusBadge";
import type { TemplateChoice } from "../TemplatePanel/TemplatePanel";
import { useMyFilings } from "./useMyFilings";
import { VersionRecords } from "../VersionRecords/VersionRecords";
import { PaneSection } from "../PaneSection/PaneSection";

const useStyles = makeStyles({
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    padding: tokens.spacingVerticalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  line: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap", alignItems: "center" },
});

export interface MyFilingsProps {
  api: ApiClient;
  programmeId: string;
  years: readonly number[];
  excel: boolean;
  busy: boolean;
  /** Opens a stored version to continue: into the workbook (Excel) or as its .xlsx with the Rückfragen (browser). */
  onOpen: (item: FilingSummary) => void;
  onStart: (choice: TemplateChoice) => void;
  onDraft: (choice: TemplateChoice) => void;
}

const openLabel = (i: FilingSummary, excel: boolean) =>
  i.status === "zurueckgegeben"
    ? excel
      ? "Zum Überarbeiten öffnen"
      : "Mit Rückfragen herunterladen"
    : excel
      ? "Öffnen"
      : "Herunterladen";

const choiceOf = (m: MissingFiling): TemplateChoice => ({ kind: m.kind, meta: m.meta });

/** „Meine Berichte“: each of the Träger's filings per year with its state, and what is still to do. */
export const MyFilings = ({
  api,
  programmeId,
  years,
  excel,
  busy,
  onOpen,
  onStart,
  onDraft,
}: MyFilingsProps) => {
  const styles = useStyles();
  const { data, error } = useMyFilings(api, programmeId, years);
  return (
    <PaneSection aria-labelledby="mine-title">
      <Subtitle2 as="h2" id="mine-title">
        Meine Berichte
      </Subtitle2>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>Ihre Berichte ließen sich nicht laden: {error}</MessageBarBody>
        </MessageBar>
      )}
      {!data && !error && <Spinner size="tiny" label="Lädt Ihre Berichte …" />}
      {data?.years
        .filter((y) => y.items.length + y.missing.length > 0)
        .map((y) => (
          <div key={y.year}>
            <Text as="h3" weight="semibold">
              {y.year}
            </Text>
            <ul className={styles.list}>
              {y.items.map((i) => {
                const questions = data.questions[i.filingId] ?? 0;
                const name = `${FILING_KIND_LABELS[i.kind]} ${districtName(i.meta.programmeId, i.meta.districtId)}`;
                return (
                  <li key={i.filingId} className={styles.item}>
                    <span className={styles.line}>
                      <Text>{name}</Text>
                      <StatusBadge status={i.status} programmeId={i.meta.programmeId} />
                      {i.overdue && (
                        <Badge appearance="filled" color="danger">
                          überfällig
                        </Badge>
                      )}
                    </span>
                    <Caption1>
                      Version {i.latestVersion} · eingereicht {formatDate(i.submittedAt)} · fällig{" "}
                      {formatDate(i.dueDate)}
                      {questions > 0 && ` · ${plural(questions, "offene Rückfrage", "offene Rückfragen")}`}
                    </Caption1>
                    <span className={styles.line}>
                      <Button
                        size="small"
                        disabled={busy}
                        onClick={() => onOpen(i)}
                        aria-label={`${openLabel(i, excel)}: ${name}`}
                      >
                        {openLabel(i, excel)}
                      </Button>
                    </span>
                    <RueckforderungCard api={api} item={i} />
                    <VersionRecords api={api} filingId={i.filingId} version={i.latestVersion} name={name} />
                  </li>
                );
              })}
              {y.missing.map((m) => {
                const name = `${FILING_KIND_LABELS[m.kind]} ${districtName(m.meta.programmeId, m.meta.districtId)}`;
                return (
                  <li key={m.filingId} className={styles.item}>
                    <span className={styles.line}>
                      <Text>{name}</Text>
                      <StatusBadge status="offen" programmeId={m.meta.programmeId} />
                      {m.overdue && (
                        <Badge appearance="filled" color="danger">
                          überfällig
                        </Badge>
                      )}
                    </span>
                    <Caption1>fällig {formatDate(m.dueDate)}</Caption1>
                    <span className={styles.line}>
                      <Button
                        size="small"
                        disabled={busy}
                        onClick={() => onStart(choiceOf(m))}
                        aria-label={`Beginnen: ${name}`}
                      >
                        Beginnen
                      </Button>
                      <Button
                        size="small"
                        disabled={busy}
                        onClick={() => onDraft(choiceOf(m))}
                        aria-label={`Entwurf fortsetzen: ${name}`}
                      >
                        Entwurf fortsetzen
                      </Button>
                    </span>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      {data && data.years.every((y) => y.items.length + y.missing.length === 0) && (
        <Caption1>Noch keine Berichte in den letzten Jahren.</Caption1>
      )}
    </PaneSection>
  );
};
