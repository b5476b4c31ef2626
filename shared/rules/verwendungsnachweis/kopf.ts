import { VN_LABELS } from "../../filing/labels";
import { amountInWords, sameWords } from "../../money/amount-in-words";
import { formatEuro } from "../../money/format-money";
import { grantedZuschuss } from "../granted-zuschuss";
import { defineRule, type Violation } from "../rule";
import { isBlank } from "../row-helpers";

export const vnPflichtangaben = defineRule({
  id: "VN-PFLICHTANGABEN",
  kind: "verwendungsnachweis",
  severity: "fehler",
  title: "Träger/Absender, Stadtteilhaus/-büro, Jahr, Name des Trägers und Zuschussbetrag sind ausgefüllt.",
  check: (vn) => {
    const missing: Violation[] = [];
    const need = (filled: boolean, field: keyof typeof VN_LABELS.kopf) => {
      if (!filled)
        missing.push({ path: ["kopf", field], message: `Bitte „${VN_LABELS.kopf[field]}“ ausfüllen.` });
    };
    need(!isBlank(vn.kopf.absender), "absender");
    need(!isBlank(vn.kopf.stadtteilhaus), "stadtteilhaus");
    need(vn.kopf.jahr !== null, "jahr");
    need(!isBlank(vn.kopf.traegerName), "traegerName");
    need(vn.kopf.zuschuss !== null, "zuschuss");
    return missing;
  },
});

export const vnJahr = defineRule({
  id: "VN-JAHR",
  kind: "verwendungsnachweis",
  severity: "fehler",
  title: "Das Jahr im Kopf ist das Förderjahr, für das der Nachweis eingereicht wird.",
  check: (vn, { meta }) =>
    vn.kopf.jahr !== null && vn.kopf.jahr !== meta.year
      ? [
          {
            path: ["kopf", "jahr"],
            message: `Im Kopf steht das Jahr ${vn.kopf.jahr}, der Nachweis gehört aber zum Förderjahr ${meta.year}. Bitte das Jahr korrigieren oder die Vorlage für ${vn.kopf.jahr} verwenden.`,
          },
        ]
      : [],
});

export const vnZuschussInWorten = defineRule({
  id: "VN-ZUSCHUSS-IN-WORTEN",
  kind: "verwendungsnachweis",
  // The amount in words is what the signer confirms: a text naming another amount blocks submitting.
  severity: "fehler",
  title:
    "„in Worten“ wird aus dem Zuschussbetrag abgeleitet (die Vorlage füllt es aus); ein abweichender getippter Text ist ein Fehler.",
  check: (vn) => {
    const typed = vn.kopf.zuschussInWorten.trim();
    if (typed === "" || vn.kopf.zuschuss === null || vn.kopf.zuschuss < 0) return [];
    const derived = amountInWords(vn.kopf.zuschuss);
    return sameWords(typed, derived)
      ? []
      : [
          {
            path: ["kopf", "zuschussInWorten"],
            message: `„in Worten“ passt nicht zum Zuschussbetrag. Richtig ist: „${derived}“. Bitte den getippten Text löschen – die Vorlage schreibt den Betrag selbst in Worten – oder den Betrag prüfen.`,
          },
        ];
  },
});

export const vnBestaetigung = defineRule({
  id: "VN-BESTAETIGUNG",
  kind: "verwendungsnachweis",
  severity: "fehler",
  title: "Die zuwendungsgemäße Verwendung des Betrags ist bestätigt.",
  check: (vn) =>
    vn.kopf.zuwendungsgemaessVerwendet
      ? []
      : [
          {
            path: ["kopf", "zuwendungsgemaessVerwendet"],
            message:
              "Bitte bestätigen, dass der Betrag gemäß des Zuschuss- und Kooperationsvertrags zuwendungsgemäß verwendet wurde.",
          },
        ],
});

export const vnUnterschrift = defineRule({
  id: "VN-UNTERSCHRIFT",
  kind: "verwendungsnachweis",
  severity: "fehler",
  title: "Die rechtsverbindliche Unterschrift (Name, Funktion, Datum) ist zum Einreichen angegeben.",
  check: (vn) => {
    const u = vn.unterschrift;
    const missing: Violation[] = [];
    if (isBlank(u.name))
      missing.push({
        path: ["unterschrift", "name"],
        message: "Bitte den Namen der unterzeichnenden Person eintragen.",
      });
    if (isBlank(u.funktion))
      missing.push({
        path: ["unterschrift", "funktion"],
        message: "Bitte die Funktion der unterzeichnenden Person eintragen (z. B. Geschäftsführung).",
      });
    if (u.datum === null)
      missing.push({
        path: ["unterschrift", "datum"],
        message: "Bitte das Datum der Unterschrift eintragen.",
      });
    return missing;
  },
});

export const vnZuschussBewilligt = defineRule({
  id: "VN-ZUSCHUSS-BEWILLIGT",
  kind: "verwendungsnachweis",
  severity: "warnung",
  title:
    "Der angegebene Zuschussbetrag entspricht dem für Träger, Stadtteil und Förderjahr bewilligten (Programmparameter „zuschuesse“).",
  check: (vn, { params, meta }) => {
    const granted = grantedZuschuss(meta, params);
    if (granted === undefined || vn.kopf.zuschuss === null || vn.kopf.zuschuss === granted) return [];
    return [
      {
        path: ["kopf", "zuschuss"],
        message: `Angegeben sind ${formatEuro(vn.kopf.zuschuss)}, bewilligt wurden für ${meta.year} ${formatEuro(granted)}. Bitte den Betrag aus dem Zuschuss- und Kooperationsvertrag eintragen oder die Abweichung mit der Koordinierungsstelle klären.`,
      },
    ];
  },
});
