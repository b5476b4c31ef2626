import type { FilingSummary } from "../../shared/api/api-schemas";
import type { ProgramParams } from "../../shared/programme/program-params";
import { zahlungsSummen } from "../../shared/pruefung/zahlung";
import type { ZahlungenQuery } from "./filing-store";
import type { ServiceDeps } from "./service-deps";

/**
 * Granted / paid / stated on every Verwendungsnachweis of a list: one ledger query for the year (a
 * Träger's: its own), so the list costs one read more, not one per filing.
 */
export const withZahlen = async (
  items: FilingSummary[],
  query: ZahlungenQuery,
  params: ProgramParams,
  deps: Pick<ServiceDeps, "store">,
): Promise<FilingSummary[]> => {
  if (!items.some((i) => i.kind === "verwendungsnachweis")) return items;
  const ledger = await deps.store.listZahlungen(query);
  return items.map((item) => {
    if (item.kind !== "verwendungsnachweis") return item;
    const { traegerId, districtId } = item.meta;
    const own = ledger.filter((e) => e.traegerId === traegerId && e.districtId === districtId);
    const granted = params.zuschuesse.find((z) => z.traegerId === traegerId && z.districtId === districtId);
    return {
      ...item,
      zahlen: {
        bewilligt: granted?.betrag ?? null,
        ausgezahlt: zahlungsSummen(own).ausgezahlt,
        angegeben: item.amounts?.zuschuss ?? null,
      },
    };
  });
};
