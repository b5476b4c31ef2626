import { useEffect, useState } from "react";
import type { FilingSummary } from "../../../shared/api/api-schemas";
import type { FilingStatus } from "../../../shared/domain/lifecycle";
import type { ZahlungsStand } from "../../../shared/pruefung/rueckforderung-stand";
import type { ApiClient } from "../../../shared/api/api-client";

/** Statuses after the Prüfvermerk: only then can a Rückforderung or Festsetzung exist. */
const CHECKED: readonly FilingStatus[] = ["rechnerisch_geprueft", "zur_kenntnis_genommen", "weitergeleitet"];

/** Whether the card asks the API at all: a Verwendungsnachweis past its rechnerische Prüfung. */
export const mayHaveRueckforderung = (item: Pick<FilingSummary, "kind" | "status">): boolean =>
  item.kind === "verwendungsnachweis" && CHECKED.includes(item.status);

/**
 * The payments' state of one of the Träger's Verwendungsnachweise (the filing detail's `zahlungen`),
 * read once per version; undefined while loading or when nothing follows from a Prüfvermerk yet.
 */
export const useRueckforderung = (api: Pick<ApiClient, "getFiling">, item: FilingSummary) => {
  const [stand, setStand] = useState<ZahlungsStand>();
  const [error, setError] = useState<string>();
  const asks = mayHaveRueckforderung(item);
  useEffect(() => {
    if (!asks) return;
    let current = true;
    api.getFiling(item.filingId).then(
      (detail) => current && setStand(detail.zahlungen),
      (e: Error) => current && setError(e.message),
    );
    return () => {
      current = false;
    };
  }, [api, asks, item.filingId, item.latestVersion]);
  const shown = stand && (stand.rueckforderung !== null || stand.festsetzung !== null) ? stand : undefined;
  return { stand: shown, error: asks ? error : undefined };
};
