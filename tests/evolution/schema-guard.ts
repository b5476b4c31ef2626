import type { RawRecord, Upgrade } from "../../functions/core/stored-records";
import { upgradeRecord } from "../../functions/core/stored-records";
import type { StoredShapes } from "./schema-fingerprint";

/** A stored record of a golden fixture, as the store's read path hands it to `readStored`. */
export interface FixtureRecord {
  /** e.g. `v1 HEAD 2023.verwendungsnachweis.awo.kaltenmoor` */
  label: string;
  shape: keyof StoredShapes;
  raw: RawRecord;
}

export interface EvolutionState {
  schemaVersion: number;
  /** Fingerprint of today's stored shapes (see `schemaFingerprint`). */
  fingerprint: string;
  /** The committed fingerprint of each released schema version. */
  fingerprints: Readonly<Record<number, string>>;
  upgrades: Readonly<Record<number, Upgrade>>;
  shapes: StoredShapes;
  /** Golden fixtures of every released version. */
  fixtures: readonly FixtureRecord[];
  fixtureVersions: readonly number[];
}

/**
 * Everything that is wrong with a schema change, in German, each with what to do; empty when the
 * change is guarded: the shape is recorded under its version, every older version has its upgrade
 * step, and every golden fixture still reads after upgrading.
 */
export const schemaGuardProblems = (s: EvolutionState): string[] => {
  const problems: string[] = [];
  const next = s.schemaVersion + 1;
  const recorded = s.fingerprints[s.schemaVersion];
  if (recorded === undefined)
    problems.push(
      `Für SCHEMA_VERSION ${s.schemaVersion} ist kein Fingerabdruck eingetragen: SCHEMA_FINGERPRINTS[${s.schemaVersion}] = "${s.fingerprint}" in functions/core/stored-records.ts ergänzen.`,
    );
  else if (recorded !== s.fingerprint)
    problems.push(
      `Das Schema der gespeicherten Daten (docs/filing.schema.json, Kopf oder Version) hat sich geändert, SCHEMA_VERSION (${s.schemaVersion}) aber nicht. ` +
        `Bitte SCHEMA_VERSION auf ${next} erhöhen, in UPGRADES den Schritt ${s.schemaVersion} → ${next} ergänzen, ` +
        `SCHEMA_FINGERPRINTS[${next}] = "${s.fingerprint}" eintragen und mit „npx tsx tests/evolution/write-fixtures.ts“ die Fixtures v${next} schreiben (docs/data-model.md, „Schema ändern“).`,
    );
  for (let v = 1; v < s.schemaVersion; v++)
    if (!s.upgrades[v])
      problems.push(
        `In UPGRADES fehlt der Schritt ${v} → ${v + 1}: gespeicherte Daten der Version ${v} wären unlesbar.`,
      );
  if (!s.fixtureVersions.includes(s.schemaVersion))
    problems.push(
      `Für SCHEMA_VERSION ${s.schemaVersion} gibt es keine Fixtures: „npx tsx tests/evolution/write-fixtures.ts“ ausführen und tests/evolution/fixtures/v${s.schemaVersion} einchecken.`,
    );
  for (const f of s.fixtures) {
    let upgraded: RawRecord;
    try {
      upgraded = upgradeRecord(f.raw, s.upgrades, s.schemaVersion);
    } catch (err) {
      problems.push(`${f.label}: ${(err as Error).message}.`);
      continue;
    }
    const parsed = s.shapes[f.shape].safeParse(upgraded);
    if (!parsed.success)
      problems.push(
        `${f.label} lässt sich nach dem Upgrade nicht lesen (${parsed.error.issues
          .map((i) => `${i.path.join(".")}: ${i.message}`)
          .join("; ")}): der Upgrade-Schritt muss das fehlende Feld füllen.`,
      );
  }
  return problems;
};
