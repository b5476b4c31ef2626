import type { FilingKind } from "../filing/filing";
import { districtName, traegerName, verwendungsnachweisRefusal } from "../programme/stammdaten";
import type { FieldPath } from "../filing/labels";
import { defineRule } from "./rule";

/**
 * A filing for a district the Träger is not assigned to in that Förderjahr is most likely a template
 * made for the wrong Träger or district. Only a warning: Zuordnungen change, and the Koordinierungsstelle
 * decides. The finding points at the visible field naming the Stadtteilhaus.
 */
const forKind = <K extends FilingKind>(kind: K, id: string, path: FieldPath) =>
  defineRule({
    id,
    kind,
    severity: "warnung",
    title: "Der Träger ist im Förderjahr für diesen Stadtteil zugeordnet (Programmparameter „Zuordnungen“).",
    check: (_data, { meta, params }) =>
      params.zuordnungen.some((z) => z.districtId === meta.districtId && z.traegerId === meta.traegerId)
        ? []
        : [
            {
              path,
              message: `Für den Stadtteil ${districtName(meta.programmeId, meta.districtId)} ist im Förderjahr ${meta.year} nicht ${traegerName(meta.programmeId, meta.traegerId)} zugeordnet. Bitte prüfen, ob die Vorlage für den richtigen Träger und Stadtteil erstellt wurde, oder die Koordinierungsstelle ansprechen.`,
            },
          ],
  });

export const vnZuordnung = forKind("verwendungsnachweis", "VN-ZUORDNUNG", ["kopf", "stadtteilhaus"]);
export const jbZuordnung = forKind("jahresbericht", "JB-ZUORDNUNG", ["gegenstand", "stadtteilhaus"]);

/** Where the city staffs the district itself no grant flows: a Verwendungsnachweis there is refused. */
export const vnStadtteilDurchStadt = defineRule({
  id: "VN-STADTTEIL-DURCH-STADT",
  kind: "verwendungsnachweis",
  severity: "fehler",
  title:
    "Ein Verwendungsnachweis gehört zu einem Stadtteil mit Zuschuss; wo die Stadt mit eigenem Personal arbeitet, ist keiner vorgesehen.",
  check: (_data, { meta }) => {
    const refusal = verwendungsnachweisRefusal(meta.programmeId, meta.districtId);
    return refusal ? [{ path: ["kopf", "stadtteilhaus"], message: refusal }] : [];
  },
});
