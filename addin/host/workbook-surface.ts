import type { FieldPath } from "../../shared/filing/labels";
import type { Filing } from "../../shared/filing/filing";
import type { ProgramParams } from "../../shared/programme/program-params";
import type { ReadWorkbookResult } from "../../shared/workbook/read-snapshot";

/** Where the task pane runs: inside Excel (Office.js says so) or in a plain browser. */
export type HostKind = "excel" | "browser";

/** A stored version to show, with the fields that changed against the version compared to. */
export interface VersionToOpen {
  filing: Filing;
  params: ProgramParams;
  version: number;
  changed?: FieldPath[];
  /** The stored workbook from the API (GET /filings/{id}/workbook), for hosts that download it. */
  download: () => Promise<{ bytes: Uint8Array; fileName: string }>;
}

/** A cell the reviewer picked for a comment, as the filing names it. */
export interface PickedCell {
  path: FieldPath;
  /** In the template's own sheet names, e.g. "'Verwendungsnachweis'!B20". */
  cell: string;
}

/**
 * Everything that differs between the two hosts of the task pane – inside Excel (the open workbook,
 * Office.js) and in a plain browser (an uploaded .xlsx, downloads) – behind one interface, so the
 * components never ask which one they run in.
 */
export interface WorkbookSurface {
  readonly kind: HostKind;
  /** Whether cells can be selected and highlighted (Excel) or only named (browser). */
  readonly canShowCells: boolean;
  /** Reads the filing's workbook; undefined while there is none (browser: no file chosen yet). */
  read(): Promise<ReadWorkbookResult | undefined>;
  /** What the API receives on submit: the filing as JSON (Excel) or the uploaded file (browser). */
  submission(read: ReadWorkbookResult): Promise<{ json: Filing } | { xlsx: Uint8Array }>;
  /** A template (blank, last year's carried over, a draft): new sheets, or a download. Says what it did. */
  putTemplate(
    filing: Filing | Pick<Filing, "kind" | "meta">,
    params: ProgramParams,
    progress?: (share: number) => void,
  ): Promise<string>;
  /** A stored version for review: new sheets with the changed cells marked, or the download. */
  openVersion(version: VersionToOpen): Promise<string>;
  selectCell(ref: string): Promise<void>;
  /** Marks cells (the city's comments); replaces the marks set before. */
  highlight(refs: readonly string[]): Promise<void>;
  /** The cell the reviewer selected in an opened version; undefined outside Excel or off a field. */
  pickCell(): Promise<PickedCell | undefined>;
  /** Calls back when the workbook changed: typing and recalculation in Excel, a new upload in the browser. */
  subscribe(listener: () => void): () => void;
}
