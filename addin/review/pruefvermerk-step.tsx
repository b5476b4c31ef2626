import { useMemo, useState } from "react";
import type { FilingDetail } from "../../shared/api/api-schemas";
import { buildPruefvermerk, emptyPruefvermerkDraft, type PruefvermerkDraft } from "./build-pruefvermerk";
import { PruefvermerkForm } from "./pruefvermerk-form";

/**
 * The Prüfvermerk of the desk's „pruefen“ step: the form's draft, the open Warnungen of the latest
 * version it must acknowledge, and either the request parts to send or the German reason why the
 * step is not possible yet (shown on the disabled button, as the API would refuse it).
 */
export const usePruefvermerk = (detail: FilingDetail | undefined) => {
  const [draft, setDraft] = useState<PruefvermerkDraft>(emptyPruefvermerkDraft);
  const openWarnungen = useMemo(
    () => [
      ...new Set(
        (detail?.latest.findings ?? []).filter((f) => f.severity === "warnung").map((f) => f.ruleId),
      ),
    ],
    [detail],
  );
  const result = buildPruefvermerk(draft, openWarnungen);
  return {
    draft,
    onChange: setDraft,
    openWarnungen,
    built: result.ok ? { pruefvermerk: result.pruefvermerk, quittierungen: result.quittierungen } : undefined,
    error: result.ok ? undefined : result.error,
  };
};

export const PruefvermerkStep = (props: ReturnType<typeof usePruefvermerk>) => (
  <PruefvermerkForm openWarnungen={props.openWarnungen} draft={props.draft} onChange={props.onChange} />
);
