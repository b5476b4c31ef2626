import type { AuditEntry, FilingHead, VersionRecord } from "../../shared/api/records";
import { toCsv, versionFolder } from "../../shared/records/archive-layout";
import { attachmentFileName } from "../../shared/records/attachment-file-name";
import { receiptDocument } from "../../shared/records/receipt-document";
import { originalFilename } from "./get-original";
import type { PdfRenderer } from "./pdf-renderer";
import type { ServiceDeps } from "./service-deps";

/** One file of the archive; `compress: false` for formats that are compressed already. */
export interface ArchiveEntry {
  path: string;
  bytes: Uint8Array;
  compress: boolean;
  art: string;
  filingId: string;
  version?: number;
}

const json = (value: unknown) => new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);

const auditCsv = (audit: readonly AuditEntry[]) =>
  new TextEncoder().encode(
    toCsv(
      [
        "Nr.",
        "Zeitpunkt",
        "Aktion",
        "von",
        "Rolle",
        "Version",
        "Status vorher",
        "Status nachher",
        "Kommentar",
        "Feld",
      ],
      audit.flatMap((e) => {
        const base = [e.seq, e.at, e.action, e.by.name, e.by.role, e.version, e.fromStatus ?? "", e.toStatus];
        return e.comments.length
          ? e.comments.map((c) => [...base, c.text, c.label ?? c.cell ?? ""])
          : [[...base, "", ""]];
      }),
    ),
  );

async function* versionEntries(
  version: VersionRecord,
  deps: Pick<ServiceDeps, "store">,
  renderer: PdfRenderer,
): AsyncGenerator<ArchiveEntry> {
  const { filingId } = version;
  const at = { filingId, version: version.version };
  const folder = versionFolder(filingId, version.version);
  const original = await deps.store.getOriginal(filingId, version.version);
  if (original && "bytes" in original) {
    const name = originalFilename(filingId, version.version, original.mediaType).endsWith(".xlsx")
      ? "original.xlsx"
      : "original.json";
    yield {
      ...at,
      path: `${folder}/${name}`,
      bytes: original.bytes,
      compress: name.endsWith(".json"),
      art: "Original",
    };
  } else {
    const why = original
      ? `Die eingereichte Datei wurde am ${original.removedAt.slice(0, 10)} nach Ablauf der Aufbewahrungsfrist entfernt (Löschkonzept); Inhalt und Befunde dieser Version sind geschwärzt.`
      : "Zu dieser Version wurde keine eingereichte Datei aufbewahrt (eingereicht, bevor Originale gespeichert wurden).";
    const text = `${why}\nSHA-256 der eingereichten Datei laut Version: ${version.sha256}\n`;
    yield {
      ...at,
      path: `${folder}/original-entfernt.txt`,
      bytes: new TextEncoder().encode(text),
      compress: true,
      art: "Hinweis Original",
    };
  }
  yield { ...at, path: `${folder}/inhalt.json`, bytes: json(version.content), compress: true, art: "Inhalt" };
  yield {
    ...at,
    path: `${folder}/befunde.json`,
    bytes: json(version.findings),
    compress: true,
    art: "Befunde",
  };
  const receipt = await renderer.render(receiptDocument(version));
  yield {
    ...at,
    path: `${folder}/eingangsbestaetigung.pdf`,
    bytes: receipt,
    compress: false,
    art: "Eingangsbestätigung",
  };
  for (const record of await deps.store.listAttachments(filingId, version.version)) {
    const found = await deps.store.getAttachment(filingId, version.version, record.attachmentId);
    if (!found) continue;
    yield {
      ...at,
      path: `${folder}/anlagen/${attachmentFileName(record)}`,
      bytes: found.bytes,
      compress: false,
      art: "Anlage",
    };
  }
}

/**
 * Every file of the given heads' filings, one page of heads at a time: their versions and audit
 * trails in batch reads, then version by version. Only one page (and one file) is held at once.
 */
export async function* archiveEntries(
  pages: AsyncIterable<readonly FilingHead[]> | Iterable<readonly FilingHead[]>,
  deps: Pick<ServiceDeps, "store">,
  renderer: PdfRenderer,
): AsyncGenerator<ArchiveEntry> {
  for await (const heads of pages) {
    const keys = heads.flatMap((h) =>
      Array.from({ length: h.latestVersion }, (_, i) => ({ filingId: h.filingId, version: i + 1 })),
    );
    const [versions, trails] = await Promise.all([
      deps.store.getVersions(keys),
      deps.store.getAuditTrails(heads),
    ]);
    for (const head of heads) {
      const audit = trails.get(head.filingId) ?? [];
      const filingId = head.filingId;
      yield {
        filingId,
        path: `${filingId}/verlauf.json`,
        bytes: json(audit),
        compress: true,
        art: "Verlauf",
      };
      yield {
        filingId,
        path: `${filingId}/verlauf.csv`,
        bytes: auditCsv(audit),
        compress: true,
        art: "Verlauf (Tabelle)",
      };
      for (const version of versions.filter((v) => v.filingId === filingId))
        yield* versionEntries(version, deps, renderer);
    }
  }
}
