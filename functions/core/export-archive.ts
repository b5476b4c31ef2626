import type { FilingHead } from "../../shared/api/records";
import type { ProgrammeYear } from "../../shared/programme/program-params";
import { archiveEntries } from "./archive-entries";
import { ForbiddenError } from "./errors";
import { loadVisibleHead } from "./load-visible-head";
import type { PdfRenderer } from "./pdf-renderer";
import type { Principal } from "./principal";
import { requireProgrammeAccess } from "./programme-access";
import type { ServiceDeps } from "./service-deps";
import type { ZipSink } from "../records/zip-writer";
import { writeArchive, type ArchiveSummary } from "./write-archive";

/** Heads per page: one GSI query, one batch read of versions and one of audit trails per page. */
export const ARCHIVE_PAGE_SIZE = 25;

export type ArchiveScope = ProgrammeYear | { filingId: string };

const requireKoordinierung = (principal: Principal) => {
  if (principal.role !== "koordinierung")
    throw new ForbiddenError("Das Archiv lädt nur die Koordinierungsstelle herunter.");
};

async function* yearPages(at: ProgrammeYear, deps: Pick<ServiceDeps, "store">): AsyncGenerator<FilingHead[]> {
  let cursor: string | undefined;
  do {
    const page = await deps.store.listHeadsPage(at, { limit: ARCHIVE_PAGE_SIZE, ...(cursor && { cursor }) });
    if (page.heads.length) yield page.heads;
    cursor = page.cursor;
  } while (cursor);
}

export const archiveFilename = (scope: ArchiveScope) =>
  "filingId" in scope ? `archiv-${scope.filingId}.zip` : `archiv-${scope.programmeId}-${scope.year}.zip`;

/**
 * The Koordinierungsstelle's archive of a programme's year or of one filing, written to `sink` as
 * it is produced (see writeArchive): everything the Rechnungsprüfung may ask for, with a manifest.
 */
export const exportArchive = async (
  principal: Principal,
  scope: ArchiveScope,
  deps: ServiceDeps,
  renderer: PdfRenderer,
  sink: ZipSink,
): Promise<ArchiveSummary> => {
  requireKoordinierung(principal);
  let pages: AsyncIterable<readonly FilingHead[]> | Iterable<readonly FilingHead[]>;
  let title: string;
  if ("filingId" in scope) {
    const head = await loadVisibleHead(principal, scope.filingId, deps);
    pages = [[head]];
    title = `Archiv des Vorgangs ${head.filingId}`;
  } else {
    requireProgrammeAccess(principal, scope.programmeId);
    pages = yearPages(scope, deps);
    title = `Archiv ${scope.programmeId}, Förderjahr ${scope.year}`;
  }
  const meta = { title, createdAt: deps.clock().toISOString(), scope };
  return writeArchive(archiveEntries(pages, deps, renderer), meta, sink);
};
