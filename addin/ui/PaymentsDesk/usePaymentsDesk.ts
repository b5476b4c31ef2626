import { useCallback, useEffect, useState } from "react";
import type { ApiClient } from "../../../shared/api/api-client";
import type { ZahlungenResponse } from "../../../shared/api/pruefung-schemas";
import { formatDate } from "../../../shared/money/format-de";
import { formatEuro } from "../../../shared/money/format-money";
import { AUSZAHLUNG_ART_LABELS } from "../../../shared/pruefung/zahlung";
import { useAction } from "../use-action";
import type { Auszahlung } from "./payment-draft";

/** One Träger and district of the year: whose payments the desk shows and records. */
export interface Zuordnung {
  traegerId: string;
  districtId: string;
}

/**
 * The payment ledger of one Zuordnung and year (one listZahlungen per load) and the recording of an
 * Auszahlung (addZahlung, then the ledger again; `onSaved` lets the year's table follow).
 */
export const usePaymentsDesk = (
  api: Pick<ApiClient, "call">,
  programmeId: string,
  year: number,
  zuordnung: Zuordnung | undefined,
  onSaved?: () => void,
) => {
  const [ledger, setLedger] = useState<{ key: string; data: ZahlungenResponse }>();
  const traeger = zuordnung?.traegerId;
  const district = zuordnung?.districtId;
  const key = `${traeger}/${district}/${year}`;
  const load = useCallback(
    () =>
      traeger && district
        ? api
            .call("listZahlungen", { path: { programmeId, year }, query: { traeger, district } })
            .then((data) => setLedger({ key: `${traeger}/${district}/${year}`, data }))
        : Promise.resolve(),
    [api, programmeId, year, traeger, district],
  );
  const { busy, notice, setNotice, run } = useAction();
  useEffect(() => {
    load().catch((err: unknown) =>
      setNotice({
        intent: "error",
        text: `Die Zahlungen ließen sich nicht laden: ${(err as Error).message}`,
      }),
    );
  }, [load, setNotice]);

  const save = async (vorgang: Auszahlung): Promise<boolean> => {
    let saved = false;
    await run(async () => {
      if (!zuordnung) return undefined;
      await api.call("addZahlung", {
        path: { programmeId, year },
        body: { json: { ...zuordnung, vorgang } },
      });
      saved = true;
      onSaved?.();
      await load();
      return `${AUSZAHLUNG_ART_LABELS[vorgang.art]} über ${formatEuro(vorgang.betrag)} vom ${formatDate(vorgang.datum)} gespeichert.`;
    });
    return saved;
  };

  // A ledger loaded for another Zuordnung is not shown while the next one loads.
  const current = ledger && ledger.key === key ? ledger.data : undefined;
  return { ledger: current, busy, notice, save };
};
