import {
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { REVIEW_ACTIONS, STATUS_LABELS, type Role } from "../../../shared/domain/lifecycle";
import { FILING_KIND_LABELS } from "../../../shared/filing/filing";
import type { FieldPath } from "../../../shared/filing/labels";
import { layoutFor } from "../../../shared/layout/layouts";
import { districtName, traegerName } from "../../../shared/programme/stammdaten";
import type { ApiClient } from "../../api/api-client";
import type { WorkbookSurface } from "../../host/workbook-surface";
import { shortCell } from "../FindingsList/FindingsList";
import { useReviewPanel } from "./useReviewPanel";
import { PruefvermerkForm } from "../../review/pruefvermerk-form";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "flex-end" },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

const show = (v: unknown) => (v === null || v === undefined || v === "" ? "leer" : String(v));

export interface ReviewPanelProps {
  api: ApiClient;
  surface: WorkbookSurface;
  role: Role;
  filingId: string;
  onChanged: () => void;
}

/** One filing for the Koordinierungsstelle or Leitung: open versions, compare, comment at cells, decide. */
export const ReviewPanel = (props: ReviewPanelProps) => {
  const styles = useStyles();
  const r = useReviewPanel(props);
  const [text, setText] = useState("");
  const [field, setField] = useState("");
  const [picked, setPicked] = useState<{ path: FieldPath; cell: string; label: string }>();
  const latest = r.detail?.filing.latestVersion ?? 1;
  const [version, setVersion] = useState<number>();
  const shown = version ?? latest;
  if (!r.detail)
    return r.notice ? (
      <MessageBar intent="error">
        <MessageBarBody>{r.notice.text}</MessageBarBody>
      </MessageBar>
    ) : null;
  const { filing, versions } = r.detail;
  // Fields a comment can be about without Excel: what changed and what the rules found.
  const fields = new Map<string, FieldPath>();
  for (const c of r.diff?.changes ?? []) fields.set(JSON.stringify(c.path), c.path);
  for (const f of r.detail.latest.findings) fields.set(JSON.stringify(f.location.path), f.location.path);
  for (const f of layoutFor(filing.kind).fields)
    if (f.path && !f.formula) fields.set(JSON.stringify(f.path), f.path);
  const add = async () => {
    const path = picked?.path ?? (field ? (JSON.parse(field) as FieldPath) : undefined);
    await r.addComment(text.trim(), path, picked?.cell);
    setText("");
    setPicked(undefined);
  };
  return (
    <section className={styles.root} aria-labelledby="review-title">
      <div>
        <Subtitle2 as="h2" id="review-title">
          {FILING_KIND_LABELS[filing.kind]} {filing.meta.year} ·{" "}
          {districtName(filing.meta.programmeId, filing.meta.districtId)}
        </Subtitle2>
        <div>
          <Caption1>
            {traegerName(filing.meta.programmeId, filing.meta.traegerId)} · Version {filing.latestVersion} · „
            {STATUS_LABELS[filing.status]}“
          </Caption1>
        </div>
      </div>
      <div className={styles.row}>
        <Field label="Version">
          <Select value={String(shown)} onChange={(_e, d) => setVersion(Number(d.value))}>
            {versions.map((v) => (
              <option key={v.version} value={v.version}>
                Version {v.version} vom {new Date(v.submittedAt).toLocaleDateString("de-DE")}
              </option>
            ))}
          </Select>
        </Field>
        <Button onClick={() => void r.openVersion(shown)} disabled={r.busy}>
          {props.surface.kind === "excel" ? "In neuen Blättern öffnen" : "Herunterladen"}
        </Button>
        {latest > 1 && (
          <Button onClick={() => void r.compare(latest - 1, latest)} disabled={r.busy}>
            Version {latest - 1} mit {latest} vergleichen
          </Button>
        )}
      </div>
      {r.diff && (
        <div>
          <Subtitle2 as="h3">
            Änderungen von Version {r.diff.from} zu {r.diff.to}
          </Subtitle2>
          <ul className={styles.list}>
            {r.diff.changes.map((c, i) => (
              <li key={i}>
                <Caption1>
                  {r.fieldLabel(c.path)}: {show(c.before)} → {show(c.after)}
                </Caption1>
              </li>
            ))}
          </ul>
        </div>
      )}
      {props.role === "koordinierung" && r.actions.includes("zurueckgeben") && (
        <div className={styles.root}>
          <Subtitle2 as="h3">Kommentare für die Rückgabe</Subtitle2>
          {props.surface.kind === "excel" ? (
            <div className={styles.row}>
              <Button onClick={() => void r.pickCell().then((p) => p && setPicked(p))} disabled={r.busy}>
                Markierte Zelle übernehmen
              </Button>
              <Caption1>
                {picked
                  ? `${picked.label} · ${shortCell(picked.cell)}`
                  : "keine Zelle gewählt (allgemeiner Kommentar)"}
              </Caption1>
            </div>
          ) : (
            <Field label="Feld">
              <Select value={field} onChange={(_e, d) => setField(d.value)}>
                <option value="">allgemein (ohne Zelle)</option>
                {[...fields.entries()].map(([key, path]) => (
                  <option key={key} value={key}>
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
            <Button onClick={() => void add()} disabled={!text.trim()}>
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
        </div>
      )}
      <div className={styles.row}>
        {r.actions.map((a) =>
          a === "pruefen" ? (
            <PruefvermerkForm
              key={a}
              openWarnungen={[
                ...new Set(
                  r.detail!.latest.findings.filter((f) => f.severity === "warnung").map((f) => f.ruleId),
                ),
              ]}
              busy={r.busy}
              onSubmit={(pruefvermerk, quittierungen) => void r.act(a, { pruefvermerk, quittierungen })}
              onInvalid={(text) => r.setNotice({ intent: "error", text })}
            />
          ) : (
            <Button
              key={a}
              appearance={a === "zurueckgeben" ? "secondary" : "primary"}
              onClick={() => void r.act(a)}
              disabled={r.busy}
            >
              {a === "zurueckgeben"
                ? "Zurückgeben"
                : REVIEW_ACTIONS[a].label.replace(/^./, (c) => c.toUpperCase())}
            </Button>
          ),
        )}
        {r.actions.length === 0 && <Caption1>In diesem Status steht für Ihre Rolle nichts an.</Caption1>}
      </div>
      {r.notice && (
        <MessageBar intent={r.notice.intent}>
          <MessageBarBody>{r.notice.text}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
};
