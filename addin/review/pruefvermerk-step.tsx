import { useMemo, useState } from "react";
import type { FilingDetail } from "../../shared/api/api-schemas";
import {
  buildPruefvermerk,
  emptyPruefvermerkDraft,
  prefillStichprobe,
  type PruefvermerkDraft,
} from "./build-pruefvermerk";
import { PruefvermerkForm } from "./pruefvermerk-form";

/**
 * The Prüfvermerk of the desk's „pruefen“ step: the form's draft, the open Warnungen of the latest
 * version it must acknowledge, and either the request parts to send or the German reason why the
 * step is not possible yet (shown on the disabled button, as the API would refuse it).
 * `stichprobe`: the Belegnummern of the latest version's Stichprobe, once known – the Prüfumfang
 * starts as that Stichprobe (still editable).
 */
export const usePruefvermerk = (detail: FilingDetail | undefined, stichprobe?: readonly string[]) => {
  // Untouched, the form follows the Stichprobe as it arrives; the reviewer's first edit keeps the rest.
  const [edited, setEdited] = useState<PruefvermerkDraft>();
  const draft = edited ?? prefillStichprobe(emptyPruefvermerkDraft(), stichprobe ?? []);
  const openWarnungen = useMemo(
    () => [
      ...new Set(
        (detail?.latest.findings ?? []).filter((f) => f.severity === "warnung").map((f) => f.ruleId),
      ),
    ],
    [detail],
  );
  const content = detail?.latest.content;
  const kosten = content?.kind === "verwendungsnachweis" ? content.data.schlussrechnung : undefined;
  const result = buildPruefvermerk(draft, openWarnungen, kosten);
  return {
    draft,
    onChange: setEdited,
    openWarnungen,
    built: result.ok ? { pruefvermerk: result.pruefvermerk, quittierungen: result.quittierungen } : undefined,
    error: result.ok ? undefined : result.error,
  };
};

export const PruefvermerkStep = (props: ReturnType<typeof usePruefvermerk>) => (
  <PruefvermerkForm openWarnungen={props.openWarnungen} draft={props.draft} onChange={props.onChange} />
);
