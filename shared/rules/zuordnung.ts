import type { FilingKind, FilingMeta } from "../filing/filing";
import type { ProgramParams } from "../programme/program-params";
import { districtName, traegerName, verwendungsnachweisRefusal } from "../programme/stammdaten";
import type { FieldPath } from "../filing/labels";
import { defineRule } from "./rule";

/**
 * Whether the Träger may file for the district in that year: assigned to it (params.zuordnungen)
 * or granted an Ausnahme by the Koordinierungsstelle. The one predicate the workbook check (rules
 * below) and the API's refusal at submit share, so the live check says before submit what the
 * server would refuse.
 */
export const isAssigned = (
  meta: Pick<FilingMeta, "traegerId" | "districtId">,
  params: Pick<ProgramParams, "zuordnungen" | "ausnahmen">,
): boolean => {
  const matches = (z: { traegerId: string; districtId: string }) =>
    z.traegerId === meta.traegerId && z.districtId === meta.districtId;
  return params.zuordnungen.some(matches) || params.ausnahmen.some(matches);
};

/**
 * A filing for a district the Träger is not assigned to in that Förderjahr is most likely a template
 * made for the wrong Träger or district. A Fehler, as the API refuses such a submission (403): the
 * user learns it at the cell before submitting, not from the refusal. Points at the visible field
 * naming the Stadtteilhaus.
 */
const forKind = <K extends FilingKind>(kind: K, id: string, path: FieldPath) =>
  defineRule({
    id,
    kind,
    severity: "fehler",
    title:
      "Der Träger ist im Förderjahr für diesen Stadtteil zugeordnet (Programmparameter „Zuordnungen“) oder hat eine Ausnahme der Koordinierungsstelle.",
    check: (_data, { meta, params }) =>
      isAssigned(meta, params)
        ? []
        : [
            {
              path,
              message: `${traegerName(meta.programmeId, meta.traegerId)} ist im Förderjahr ${meta.year} nicht für den Stadtteil ${districtName(meta.programmeId, meta.districtId)} zugeordnet; so wird der Bericht nicht angenommen. Bitte eine Vorlage für einen Stadtteil Ihres Trägers erstellen oder die Koordinierungsstelle um eine Ausnahme bitten.`,
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
