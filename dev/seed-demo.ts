import { filingKey, type Filing } from "../shared/filing/filing";
import { defaultProgramParams } from "../shared/programme/params-for-year";
import { LEGACY_PROGRAMME_ID } from "../shared/programme/programmes";
import { isRunByCity } from "../shared/programme/stammdaten";
import type { ReviewRequest } from "../shared/api/api-schemas";
import { putParams } from "../functions/core/put-params";
import { reviewFiling } from "../functions/core/review-filing";
import type { ServiceDeps } from "../functions/core/service-deps";
import { submitFiling } from "../functions/core/submit-filing";
import { DEV_USERS } from "./dev-users";
import { sampleJahresbericht, sampleVerwendungsnachweis } from "../shared/samples/sample-filings";
import { demoAnswerWithHigherPersonalkosten, demoCorrection } from "./demo-filings";
import { samplePruefenRequest } from "../shared/pruefung/sample-pruefvermerk";
import type { Finding } from "../shared/rules/finding";

/** The demo shows Lüneburg's programme; its pack's Zuordnungen say who files where. */
const PROGRAMME_ID = LEGACY_PROGRAMME_ID;
const ZUORDNUNGEN = defaultProgramParams({ programmeId: PROGRAMME_ID, year: 2025 }).zuordnungen;
const koordinierung = DEV_USERS.koordinierung!;
const leitung = DEV_USERS.leitung!;
const FULL_REVIEW: [ReviewRequest["action"], typeof koordinierung][] = [
  ["kenntnis", leitung],
  ["weiterleiten", koordinierung],
];

/**
 * Demo data through the real services, so it carries versions, audit entries and findings exactly as
 * real use would: last year complete and forwarded, this year a mix, two districts still missing.
 */
export const seedDemo = async (store: ServiceDeps["store"], now: Date = new Date()) => {
  let at = new Date("2025-02-03T08:00:00Z");
  // Each step a little later, so audit trails read in order.
  const deps: ServiceDeps = { store, clock: () => (at = new Date(at.getTime() + 37 * 60_000)) };
  const submit = (filing: Filing) =>
    submitFiling(
      DEV_USERS[filing.meta.traegerId]!,
      { body: filing, rawBody: JSON.stringify(filing), source: "json" },
      deps,
    );
  const review = (filingId: string, action: ReviewRequest["action"], who = koordinierung, text?: string) =>
    reviewFiling(who, filingId, { action, ...(text ? { comments: [{ text }] } : {}) }, deps);
  // The first step per form: a Verwendungsnachweis gets a Prüfvermerk (its Warnungen acknowledged),
  // a Jahresbericht the sachliche Prüfung.
  const check = (filing: Filing, submitted: { filingId: string; findings: Finding[] }) =>
    filing.kind === "verwendungsnachweis"
      ? reviewFiling(koordinierung, submitted.filingId, samplePruefenRequest(submitted.findings), deps)
      : review(submitted.filingId, "sachlich_pruefen");

  for (const year of [2024, 2025])
    await putParams(koordinierung, defaultProgramParams({ programmeId: PROGRAMME_ID, year }), deps);

  let filings2024 = 0;
  for (const z of ZUORDNUNGEN) {
    const meta = { programmeId: PROGRAMME_ID, traegerId: z.traegerId, districtId: z.districtId, year: 2024 };
    // Where the city runs the district itself no grant flows: it writes a Jahresbericht only.
    const filings = isRunByCity(PROGRAMME_ID, z.districtId)
      ? [sampleJahresbericht(meta)]
      : [sampleVerwendungsnachweis(meta), sampleJahresbericht(meta)];
    filings2024 += filings.length;
    for (const filing of filings) {
      const submitted = await submit(filing);
      await check(filing, submitted);
      for (const [action, who] of FULL_REVIEW) await review(submitted.filingId, action, who);
    }
  }

  at = new Date(Math.min(now.getTime(), Date.parse("2025-11-01T08:00:00Z")) - 20 * 86_400_000);
  const meta = (districtId: string) => {
    const { traegerId } = ZUORDNUNGEN.find((z) => z.districtId === districtId)!;
    return { programmeId: PROGRAMME_ID, traegerId, districtId, year: 2025 };
  };
  // Kaltenmoor (AWO): Verwendungsnachweis returned with a query, Jahresbericht submitted, then the
  // answer as version 2 (checked) with other Personalkosten than the Jahresbericht states.
  const kaltenmoor = sampleVerwendungsnachweis(meta("kaltenmoor"));
  const awo = await submit(kaltenmoor);
  await review(awo.filingId, "zurueckgeben", koordinierung, "Bitte die Vergütungsgruppe von Zeile 2 prüfen.");
  await submit(sampleJahresbericht(meta("kaltenmoor")));
  const answer = demoAnswerWithHigherPersonalkosten(kaltenmoor);
  await check(answer, await submit(answer));
  // Bockelsberg (Caritas): submitted, waiting for the Koordinierungsstelle.
  await submit(sampleVerwendungsnachweis(meta("bockelsberg")));
  // Innenstadt (Tandem): returned, corrected as version 2 – a diff to look at.
  const innenstadt = sampleVerwendungsnachweis(meta("innenstadt"));
  const first = await submit(innenstadt);
  await review(
    first.filingId,
    "zurueckgeben",
    koordinierung,
    "Vergütungsgruppe und Budgetzeile 3 bitte präzisieren.",
  );
  await submit(demoCorrection(innenstadt));
  // Kreideberg (city): Jahresbericht checked; Hanseviertel (city): Jahresbericht submitted.
  const kreidebergFiling = sampleJahresbericht(meta("kreideberg-ochtmissen"));
  await check(kreidebergFiling, await submit(kreidebergFiling));
  await submit(sampleJahresbericht(meta("hanseviertel")));
  // Ebensberg / Lüne / Moorfeld, Schützenplatz / Neu Hagen: nothing yet (missing). Weißer Turm has
  // no Zuordnung: its Quartiersmanagement is funded by „Soziale Stadt“, so nothing is due here.
  return {
    filings2024,
    filings2025: 6,
    example: filingKey("verwendungsnachweis", meta("innenstadt")),
  };
};
