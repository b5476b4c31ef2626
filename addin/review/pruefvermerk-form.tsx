import { Caption1, Checkbox, Field, Input, Radio, RadioGroup, Textarea } from "@fluentui/react-components";
import { KOSTENART_LABELS, KOSTENARTEN } from "../../shared/pruefung/pruefvermerk";
import type { PruefvermerkDraft } from "./build-pruefvermerk";

export interface PruefvermerkFormProps {
  /** Rule ids of the version's open Warnungen: each needs a reason before the Prüfvermerk is written. */
  openWarnungen: readonly string[];
  draft: PruefvermerkDraft;
  onChange: (draft: PruefvermerkDraft) => void;
}

/**
 * The Prüfvermerk of „rechnerische Richtigkeit geprüft“: Prüfumfang, Ergebnis, acknowledged
 * Warnungen. Controlled: the desk's confirmed „pruefen“ step sends what is entered here.
 */
export const PruefvermerkForm = ({ openWarnungen, draft, onChange }: PruefvermerkFormProps) => {
  const set = (patch: Partial<PruefvermerkDraft>) => onChange({ ...draft, ...patch });
  return (
    <fieldset aria-label="Prüfvermerk">
      <legend>Prüfvermerk</legend>
      <Checkbox
        label="rechnerisch geprüft"
        checked={draft.rechnerisch}
        onChange={(_e, d) => set({ rechnerisch: !!d.checked })}
      />
      <Checkbox
        label="sachlich geprüft"
        checked={draft.sachlich}
        onChange={(_e, d) => set({ sachlich: !!d.checked })}
      />
      <Field label="Belegprüfung">
        <RadioGroup
          value={draft.belege}
          onChange={(_e, d) => set({ belege: d.value as PruefvermerkDraft["belege"] })}
        >
          <Radio value="keine" label="keine" />
          <Radio value="vollstaendig" label="vollständig" />
          <Radio value="stichprobe" label="Stichprobe" />
        </RadioGroup>
      </Field>
      {draft.belege === "stichprobe" && (
        <Field label="Geprüfte Zeilen / Belegnummern (durch Komma getrennt)">
          <Input value={draft.stichprobe} onChange={(_e, d) => set({ stichprobe: d.value })} />
        </Field>
      )}
      <Field label="Ergebnis">
        <RadioGroup
          value={draft.mitBeanstandung ? "mit" : "ohne"}
          onChange={(_e, d) => set({ mitBeanstandung: d.value === "mit" })}
        >
          <Radio value="ohne" label="ohne Beanstandung" />
          <Radio value="mit" label="mit Beanstandung" />
        </RadioGroup>
      </Field>
      {draft.mitBeanstandung && (
        <>
          <Field label="Beanstandung">
            <Textarea value={draft.text} onChange={(_e, d) => set({ text: d.value })} />
          </Field>
          {KOSTENARTEN.map((k) => (
            <Field key={k} label={`Nicht anerkannt: ${KOSTENART_LABELS[k]} (€)`}>
              <Input
                value={draft.nichtAnerkannt[k] ?? ""}
                onChange={(_e, d) => set({ nichtAnerkannt: { ...draft.nichtAnerkannt, [k]: d.value } })}
              />
            </Field>
          ))}
        </>
      )}
      {openWarnungen.length > 0 && <Caption1>Offene Warnungen quittieren:</Caption1>}
      {openWarnungen.map((id) => (
        <Field key={id} label={`Begründung zu ${id}`}>
          <Input
            value={draft.gruende[id] ?? ""}
            onChange={(_e, d) => set({ gruende: { ...draft.gruende, [id]: d.value } })}
          />
        </Field>
      ))}
    </fieldset>
  );
};
