import { formatEuro } from "../../money/format-money";
import { defineRule } from "../rule";

/**
 * The stated Zuschuss against what was granted and what was actually paid out. Payments live in
 * the store, not in the workbook: the rule speaks only where the caller passes them (the filing
 * detail does), so a check in the pane or the CLI stays silent rather than guessing.
 */
export const vnZuschussAusgezahlt = defineRule({
  id: "VN-ZUSCHUSS-AUSGEZAHLT",
  kind: "verwendungsnachweis",
  severity: "warnung",
  title:
    "Der angegebene Zuschuss entspricht dem ausgezahlten Betrag (Auszahlungen der Koordinierungsstelle), und ausgezahlt wurde nicht mehr als bewilligt.",
  check: (vn, { params, meta, ausgezahlt }) => {
    if (ausgezahlt === undefined || vn.kopf.zuschuss === null) return [];
    const granted = params.zuschuesse.find(
      (z) => z.traegerId === meta.traegerId && z.districtId === meta.districtId,
    )?.betrag;
    const overpaid = granted !== undefined && ausgezahlt > granted;
    if (vn.kopf.zuschuss === ausgezahlt && !overpaid) return [];
    const bewilligt =
      granted === undefined ? "kein bewilligter Betrag erfasst" : `bewilligt ${formatEuro(granted)}`;
    return [
      {
        path: ["kopf", "zuschuss"],
        message: `Angegeben sind ${formatEuro(vn.kopf.zuschuss)} Zuschuss; ${bewilligt}, ausgezahlt ${formatEuro(ausgezahlt)}. Bitte den tatsächlich erhaltenen Betrag eintragen oder die Abweichung mit der Koordinierungsstelle klären.`,
      },
    ];
  },
});
