import type { FieldPath } from "../filing/labels";
import type { FieldSpec, TextSpec, ValueType } from "./layout-types";

type LabelNode = string | { title: string; [key: string]: LabelNode };

/** The label of a field itself (not the path to it): ["kopf","zuschuss"] → "Zuschussbetrag (€)". */
export const leafLabel = (tree: LabelNode, path: FieldPath): string => {
  let node: LabelNode | undefined = tree;
  for (const segment of path) {
    node = typeof node === "object" && typeof segment === "string" ? node[segment] : undefined;
  }
  if (node === undefined) throw new Error(`Kein Label für ${path.join(".")}`);
  return typeof node === "string" ? node : node.title;
};

const TYPE_MEANING: Record<ValueType, string> = {
  text: "Eingabe: Text",
  longText: "Eingabe: Fließtext",
  amount: "Eingabe: Betrag in € (≥ 0, höchstens zwei Nachkommastellen)",
  signedAmount: "Eingabe: Betrag in €",
  percent: "Eingabe: Anteil in %",
  integer: "Eingabe: ganze Zahl",
  number: "Eingabe: Zahl (≥ 0)",
  date: "Eingabe: Datum (TT.MM.JJJJ)",
  boolean: "Eingabe: ja/nein",
  choice: "Eingabe: Auswahlliste",
};

/** What a layout line may set on its field; everything else the builder derives (name, address, path). */
export type FieldOptions = Partial<
  Pick<
    FieldSpec,
    | "caption"
    | "choices"
    | "formula"
    | "cached"
    | "max"
    | "between"
    | "height"
    | "meaning"
    | "name"
    | "label"
    | "pruefung"
    | "overridable"
    | "since"
  >
> & {
  /** "heading" when the field's line is the section line itself ("1. Personalkosten = … €"). */
  captionStyle?: "heading";
};

/**
 * Rows a long text spans: with up to 409 pt per row (Excel's limit) room for far more than
 * `LONG_TEXT_MAX_LENGTH` characters in a column of the forms' width.
 */
export const LONG_TEXT_ROWS = 16;

/**
 * Lays out a form sheet top to bottom: labels in column A, values in column B. Rows are counted
 * here so no address is typed twice and inserting a line in the layout moves everything below.
 */
export const formSheetBuilder = (prefix: string, sheet: string, labels: LabelNode) => {
  let row = 1;
  const texts: TextSpec[] = [];
  const fields: FieldSpec[] = [];
  const text = (
    style: TextSpec["style"],
    value: string,
    newPage = false,
    screenOnly = false,
    whenEmpty?: TextSpec["whenEmpty"],
  ) => {
    texts.push({
      address: `A${row}`,
      text: value,
      style,
      ...(newPage && { newPage }),
      ...(screenOnly && { screenOnly }),
      ...(whenEmpty && { whenEmpty }),
    });
    row++;
  };
  const cell = (path: FieldPath | null, type: ValueType, options: FieldOptions = {}) => {
    const label = options.label ?? (path ? leafLabel(labels, path) : "");
    const name = options.name ?? `${prefix}_${(path ?? []).join("_")}`;
    texts.push({
      address: `A${row}`,
      text: options.caption ?? label,
      style: options.captionStyle ?? "label",
      caption: true,
    });
    fields.push({
      name,
      sheet,
      address: `B${row}`,
      path,
      label,
      type,
      meaning: options.meaning ?? TYPE_MEANING[type],
      ...(options.caption !== undefined && { caption: options.caption }),
      ...(options.choices && { choices: options.choices }),
      ...(options.formula && { formula: options.formula }),
      ...(options.cached && { cached: options.cached }),
      ...(options.max && { max: options.max }),
      ...(options.between && { between: options.between }),
      ...(options.height && { height: options.height }),
      ...(options.pruefung && { pruefung: options.pruefung }),
      ...(options.overridable && { overridable: true }),
      // A field added later names its layout version, so a workbook issued before reads without it.
      ...(options.since !== undefined && { since: options.since }),
      ...(type === "longText" && { rows: LONG_TEXT_ROWS }),
    });
    row += type === "longText" ? LONG_TEXT_ROWS : 1;
  };
  return {
    title: (value: string) => text("title", value),
    heading: (value: string, options: { newPage?: boolean } = {}) => text("heading", value, options.newPage),
    /** `whenEmpty`: what prints instead where the optional table it points to is empty and hidden. */
    note: (value: string, whenEmpty?: TextSpec["whenEmpty"]) => text("note", value, false, false, whenEmpty),
    /** An instruction for the screen (how to fill in), left out of the print. */
    hint: (value: string) => text("note", value, false, true),
    label: (value: string) => text("label", value),
    /** A postal address, one line per `\n`, bold like the paper's recipient block. */
    address: (value: string) => text("heading", value),
    /** Space to sign and stamp by hand, with a line; the caption sits beside the line. */
    signature: (value: string) => text("signature", value),
    gap: () => {
      row++;
    },
    /**
     * What the colours mean: yellow cells are typed into, grey ones are computed or the city's.
     * For the screen only: call it first, so it stands above the print area.
     */
    legend: () => {
      texts.push({
        address: `A${row}`,
        text: "Gelb: hier eintragen",
        style: "legendInput",
        screenOnly: true,
      });
      texts.push({
        address: `B${row}`,
        text: "Grau: wird berechnet oder von der {zuwendungsgeber} ausgefüllt",
        style: "legendResult",
        screenOnly: true,
      });
      row++;
    },
    /**
     * Where amounts are: Excel takes the separators of a number format from its own settings, so an
     * English Excel prints „1,234.56 €“ whatever the format says (docs/workbook.md, „Grenze“). For
     * the screen only, right under the legend.
     */
    separatorHint: () =>
      text(
        "note",
        "Drucken aus Excel mit englischen Trennzeichen: Beträge erscheinen dann als „1,234.56 €“. Für „1.234,56 €“ unter Datei → Optionen → Erweitert „Trennzeichen vom Betriebssystem übernehmen“ ausschalten und „,“ als Dezimal-, „.“ als Tausendertrennzeichen eintragen.",
        false,
        true,
      ),
    field: (path: FieldPath, type: ValueType, options?: FieldOptions) => cell(path, type, options),
    /** A result without a field in the filing (caps, sums for orientation). */
    result: (name: string, label: string, type: ValueType, options: FieldOptions) =>
      cell(null, type, { ...options, name, label }),
    /**
     * A locked cell of the city's Prüfung (`pruefungSchema`), filled by the workflow: named
     * `<prefix>_pruefung_<path>`, labelled from `pruefungLabels`.
     */
    pruefung: (path: FieldPath, type: ValueType, pruefungLabels: LabelNode, options: FieldOptions = {}) =>
      cell(null, type, {
        meaning: `Prüfung der Hansestadt (${path.join(".")}): gesperrt, nie in den Bericht gelesen`,
        ...options,
        name: `${prefix}_pruefung_${path.join("_")}`,
        label: leafLabel(pruefungLabels, path),
        pruefung: path,
      }),
    build: () => ({ texts, fields }),
  };
};
