import type { JahresberichtFiling } from "../../shared/filing/filing";
import type { ProgrammeYear } from "../../shared/programme/program-params";
import { NotFoundError } from "./errors";
import { requireCityRole } from "./get-consolidated-workbook";
import { getParams } from "./get-params";
import { loadVersion } from "./get-version";
import { loadVisibleHead } from "./load-visible-head";
import type { PdfRenderer } from "./pdf-renderer";
import type { Principal } from "./principal";
import { requireProgrammeAccess } from "./programme-access";
import { publishJahresbericht, publishYear } from "./publish-jahresberichte";
import type { ServiceDeps } from "./service-deps";
import { storeConsolidationSource } from "./store-consolidation-source";

export interface Publication {
  filename: string;
  body: Uint8Array;
}

/**
 * The publishable PDF of a filing's latest Jahresbericht. The city publishes (Fachkonzept:
 * "zu veröffentlichender Jahresbericht"), so only Koordinierung and Leitung print it.
 */
export const getPublication = async (
  principal: Principal,
  filingId: string,
  deps: ServiceDeps,
  renderer: PdfRenderer,
): Promise<Publication> => {
  requireCityRole(principal, "Die Veröffentlichung");
  const head = await loadVisibleHead(principal, filingId, deps);
  if (head.kind !== "jahresbericht") throw new NotFoundError("Veröffentlicht wird nur der Jahresbericht.");
  const record = await loadVersion(head, head.latestVersion, deps);
  const filing = record.content as JahresberichtFiling;
  return {
    filename: `jahresbericht-${filing.meta.year}-${filing.meta.districtId}.pdf`.replace(/[^a-z0-9.-]/g, "-"),
    body: await publishJahresbericht(filing, renderer),
  };
};

/** All Jahresberichte of a programme's year as one PDF with cover and contents. */
export const getYearPublication = async (
  principal: Principal,
  at: ProgrammeYear,
  deps: ServiceDeps,
  renderer: PdfRenderer,
): Promise<Publication> => {
  requireCityRole(principal, "Die Veröffentlichung");
  requireProgrammeAccess(principal, at.programmeId);
  const params = await getParams(at, deps);
  const filings: JahresberichtFiling[] = [];
  for await (const page of storeConsolidationSource(params, deps).contents({
    kind: "jahresbericht",
    comments: false,
  }))
    for (const item of page) if (item.filing.kind === "jahresbericht") filings.push(item.filing);
  return {
    filename: `jahresberichte-${at.programmeId}-${at.year}.pdf`,
    body: await publishYear(at.programmeId, at.year, filings, renderer),
  };
};
