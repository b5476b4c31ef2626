import { workbookFileName } from "../../shared/xlsx/workbook-file-name";
import type { ReadWorkbookResult } from "../../shared/workbook/read-snapshot";
import type { WorkbookSurface } from "./workbook-surface";

/** Offers bytes as a file download, as a browser does with an attachment. */
export const downloadFile = (bytes: Uint8Array, fileName: string) => {
  const url = URL.createObjectURL(
    new Blob([bytes as Uint8Array<ArrayBuffer>], {
      type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    }),
  );
  const a = Object.assign(document.createElement("a"), { href: url, download: fileName });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

/**
 * In a plain browser (LibreOffice users, Excel without add-ins): the workbook is a file the user
 * uploads and downloads. The reader (fflate and an XML scan, no exceljs) loads when a file is read,
 * exceljs only when one is written, so the task pane inside Excel carries neither.
 */
export const browserSurface = () => {
  const listeners = new Set<() => void>();
  let file: { name: string; bytes: Uint8Array } | undefined;
  const surface: WorkbookSurface & {
    setFile(name: string, bytes: Uint8Array): void;
    /** Forgets the uploaded file: the pane is back at its start (another report). */
    clearFile(): void;
    fileName(): string | undefined;
  } = {
    kind: "browser",
    canShowCells: false,
    setFile: (name, bytes) => {
      file = { name, bytes };
      for (const l of listeners) l();
    },
    clearFile: () => {
      file = undefined;
      for (const l of listeners) l();
    },
    fileName: () => file?.name,
    read: async (): Promise<ReadWorkbookResult | undefined> => {
      if (!file) return undefined;
      const { readWorkbook } = await import("../../shared/xlsx/read-workbook");
      return readWorkbook(file.bytes);
    },
    submission: async () => {
      if (!file) throw new Error("Bitte zuerst eine Arbeitsmappe hochladen.");
      return { xlsx: file.bytes };
    },
    putTemplate: async (filing, params) => {
      const { writeWorkbook } = await import("../../shared/xlsx/write-workbook");
      const bytes = await writeWorkbook({ ...filing, params } as Parameters<typeof writeWorkbook>[0]);
      const name = workbookFileName(filing.kind, filing.meta);
      downloadFile(bytes, name);
      return `Vorlage „${name}“ heruntergeladen. Ausfüllen, speichern und hier wieder hochladen.`;
    },
    putConsolidated: async ({ year, download }) => {
      const { bytes, fileName } = await download();
      downloadFile(bytes, fileName);
      return `Konsolidierte Mappe ${year} als „${fileName}“ heruntergeladen.`;
    },
    openVersion: async ({ version, download }) => {
      const { bytes, fileName } = await download();
      downloadFile(bytes, fileName);
      return `Version ${version} als „${fileName}“ heruntergeladen.`;
    },
    selectCell: async () => undefined,
    highlight: async () => undefined,
    pickCell: async () => undefined,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return surface;
};

export type BrowserSurface = ReturnType<typeof browserSurface>;
