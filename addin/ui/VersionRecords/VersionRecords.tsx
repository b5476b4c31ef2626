import {
  Badge,
  Button,
  Caption1,
  Label,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { AttachmentKind } from "../../../shared/api/records-schemas";
import { formatDate } from "../../../shared/money/format-de";
import type { ApiClient } from "../../../shared/api/api-client";
import { useVersionRecords } from "./useVersionRecords";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingInlineStart: tokens.spacingHorizontalS,
    borderLeftWidth: "2px",
    borderLeftStyle: "solid",
    borderLeftColor: tokens.colorNeutralStroke2,
    minWidth: 0,
  },
  line: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap", alignItems: "center" },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "4px" },
  // A file input is as wide as its text by default; at 350 px it must wrap, not overflow.
  file: { maxWidth: "100%", fontSize: tokens.fontSizeBase200 },
});

const ACCEPT = ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png";

export interface VersionRecordsProps {
  api: ApiClient;
  filingId: string;
  version: number;
  /** „Verwendungsnachweis Kaltenmoor“ – names every control, so a screen reader tells the filings apart. */
  name: string;
}

/**
 * „Anlagen“ of one version in „Meine Berichte“: the Eingangsbestätigung to download and its signed
 * scan to upload („Unterschrift liegt vor“ or what is missing), and – when the Koordinierungsstelle
 * asked for a Stichprobe – an inbox entry with one upload per requested Beleg and its state.
 * Native file inputs with labels: operable by keyboard, wrapping at 350 px.
 */
export const VersionRecords = ({ api, filingId, version, name }: VersionRecordsProps) => {
  const styles = useStyles();
  const r = useVersionRecords(api, filingId, version);
  const pick = (kind: AttachmentKind, belegnr?: string) => (e: React.ChangeEvent<HTMLInputElement>) => {
    const file = e.currentTarget.files?.[0];
    e.currentTarget.value = "";
    if (file) void r.upload(kind, file, belegnr);
  };
  const stichprobe = r.list?.stichprobe;
  const inputId = (suffix: string) => `anlage-${filingId}-${version}-${suffix}`.replace(/[^\w-]/g, "-");
  return (
    <section className={styles.root} aria-label={`Anlagen zu Version ${version}: ${name}`}>
      <Text weight="semibold">Anlagen zu Version {version}</Text>
      {stichprobe && (
        <MessageBar intent={stichprobe.offen > 0 ? "warning" : "success"} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{stichprobe.hinweis}</MessageBarTitle>
            {stichprobe.anforderungen.at(-1)?.hinweis && (
              <Caption1 as="p">
                Hinweis der Koordinierungsstelle: {stichprobe.anforderungen.at(-1)!.hinweis}
              </Caption1>
            )}
            <ul className={styles.list} aria-label={`Angeforderte Belege: ${name}`}>
              {stichprobe.belege.map((b) => (
                <li key={b.belegnr} className={styles.line}>
                  <Text>Beleg {b.belegnr}</Text>
                  {b.anlagen.length > 0 ? (
                    <Badge appearance="tint" color="success">
                      liegt vor
                    </Badge>
                  ) : (
                    <Badge appearance="tint" color="warning">
                      fehlt, bis {formatDate(b.faelligAm)}
                    </Badge>
                  )}
                  <Label htmlFor={inputId(`beleg-${b.belegnr}`)} size="small">
                    Beleg {b.belegnr} hochladen
                  </Label>
                  <input
                    id={inputId(`beleg-${b.belegnr}`)}
                    className={styles.file}
                    type="file"
                    accept={ACCEPT}
                    disabled={r.busy}
                    onChange={pick("beleg", b.belegnr)}
                  />
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {r.list && (
        <span className={styles.line}>
          <Badge appearance="tint" color={r.list.unterschriftLiegtVor ? "success" : "informative"}>
            {r.list.unterschriftLiegtVor ? "Unterschrift liegt vor" : "Unterschrift fehlt"}
          </Badge>
          {!r.list.unterschriftLiegtVor && <Caption1>{r.list.unterschriftHinweis.split(": ")[1]}</Caption1>}
        </span>
      )}
      <span className={styles.line}>
        <Button
          size="small"
          disabled={r.busy}
          onClick={() => void r.downloadReceipt()}
          aria-label={`Eingangsbestätigung herunterladen: ${name}, Version ${version}`}
        >
          Eingangsbestätigung herunterladen
        </Button>
      </span>
      <span className={styles.line}>
        <Label htmlFor={inputId("unterschrift")} size="small">
          Unterschriebene Eingangsbestätigung hochladen (PDF, JPEG, PNG, höchstens 3 MB)
        </Label>
        <input
          id={inputId("unterschrift")}
          className={styles.file}
          type="file"
          accept={ACCEPT}
          disabled={r.busy}
          onChange={pick("unterschrift")}
        />
      </span>
      {r.loadError && (
        <MessageBar intent="error">
          <MessageBarBody>Die Anlagen ließen sich nicht laden: {r.loadError}</MessageBarBody>
        </MessageBar>
      )}
      {r.notice && (
        <MessageBar intent={r.notice.intent} role={r.notice.intent === "error" ? "alert" : "status"}>
          <MessageBarBody>
            {r.notice.intent === "error" ? "Nicht hochgeladen: " : ""}
            {r.notice.text}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
};
