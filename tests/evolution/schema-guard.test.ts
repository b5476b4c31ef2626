import * as z from "zod";
import { describe, expect, it } from "vitest";
import { versionRecordSchema } from "../../shared/api/records";
import { jahresberichtFilingSchema, verwendungsnachweisFilingSchema } from "../../shared/filing/filing";
import { verwendungsnachweisSchema } from "../../shared/filing/verwendungsnachweis";
import {
  SCHEMA_FINGERPRINTS,
  SCHEMA_VERSION,
  UPGRADES,
  type RawRecord,
} from "../../functions/core/stored-records";
import { fixtureVersions } from "./fixture-files";
import { fixtureRecords } from "./fixture-records";
import { schemaFingerprint, STORED_SHAPES, type StoredShapes } from "./schema-fingerprint";
import { schemaGuardProblems, type EvolutionState } from "./schema-guard";

const today: EvolutionState = {
  schemaVersion: SCHEMA_VERSION,
  fingerprint: schemaFingerprint(),
  fingerprints: SCHEMA_FINGERPRINTS,
  upgrades: UPGRADES,
  shapes: STORED_SHAPES,
  fixtures: fixtureRecords(),
  fixtureVersions: fixtureVersions(),
};

/** The change issue 22 tried: a required `kopf.aktenzeichen`, in a copy of the schema only. */
const scratchShapes = (): StoredShapes => {
  const data = verwendungsnachweisSchema.extend({
    kopf: verwendungsnachweisSchema.shape.kopf.extend({ aktenzeichen: z.string() }),
  });
  const filing = z.discriminatedUnion("kind", [
    verwendungsnachweisFilingSchema.extend({ data }),
    jahresberichtFilingSchema,
  ]);
  return { head: STORED_SHAPES.head, version: versionRecordSchema.extend({ content: filing }) };
};

/** Tomorrow's step: fills the new field of every stored Verwendungsnachweis with "" (unknown). */
const fillAktenzeichen = (raw: RawRecord): RawRecord => {
  const content = raw.content as RawRecord | undefined;
  if (content?.kind !== "verwendungsnachweis") return raw;
  const data = content.data as RawRecord;
  return {
    ...raw,
    content: { ...content, data: { ...data, kopf: { ...(data.kopf as RawRecord), aktenzeichen: "" } } },
  };
};

describe("the schema guard", () => {
  it("finds today's stored shapes recorded, every upgrade step present and every golden fixture readable", () => {
    expect(today.fixtureVersions).toEqual(expect.arrayContaining([1, SCHEMA_VERSION]));
    expect(today.fixtures.length).toBeGreaterThanOrEqual(6);
    expect(schemaGuardProblems(today)).toEqual([]);
  });

  it("fails a required field added without a new schema version, and says what to do", () => {
    const shapes = scratchShapes();
    const problems = schemaGuardProblems({ ...today, shapes, fingerprint: schemaFingerprint(shapes) });

    expect(problems[0]).toContain(`SCHEMA_VERSION (${SCHEMA_VERSION}) aber nicht`);
    expect(problems[0]).toContain(`SCHEMA_VERSION auf ${SCHEMA_VERSION + 1} erhöhen`);
    // The stored versions of every fixture would be 500s: each is named.
    expect(problems.filter((p) => p.includes("kopf.aktenzeichen")).length).toBeGreaterThanOrEqual(2);
  });

  it("still fails after the bump while the upgrade step is missing or leaves the field empty", () => {
    const shapes = scratchShapes();
    const next = SCHEMA_VERSION + 1;
    const bumped = {
      ...today,
      shapes,
      schemaVersion: next,
      fingerprint: schemaFingerprint(shapes),
      fingerprints: { ...SCHEMA_FINGERPRINTS, [next]: schemaFingerprint(shapes) },
      fixtureVersions: [...today.fixtureVersions, next],
    };

    const withoutStep = schemaGuardProblems(bumped);
    const withIdleStep = schemaGuardProblems({
      ...bumped,
      upgrades: { ...UPGRADES, [SCHEMA_VERSION]: (r) => r },
    });

    expect(withoutStep).toContain(
      `In UPGRADES fehlt der Schritt ${SCHEMA_VERSION} → ${next}: gespeicherte Daten der Version ${SCHEMA_VERSION} wären unlesbar.`,
    );
    expect(withIdleStep.length).toBeGreaterThan(0);
    expect(withIdleStep.every((p) => p.includes("kopf.aktenzeichen"))).toBe(true);
  });

  it("passes once the bump, the fingerprint, the upgrade step and the fixtures exist", () => {
    const shapes = scratchShapes();
    const next = SCHEMA_VERSION + 1;

    const problems = schemaGuardProblems({
      ...today,
      shapes,
      schemaVersion: next,
      fingerprint: schemaFingerprint(shapes),
      fingerprints: { ...SCHEMA_FINGERPRINTS, [next]: schemaFingerprint(shapes) },
      upgrades: { ...UPGRADES, [SCHEMA_VERSION]: fillAktenzeichen },
      fixtureVersions: [...today.fixtureVersions, next],
    });

    expect(problems).toEqual([]);
  });

  it("asks for the fixtures of a new version before it passes", () => {
    const problems = schemaGuardProblems({ ...today, fixtureVersions: [1] });

    expect(problems).toEqual([
      `Für SCHEMA_VERSION ${SCHEMA_VERSION} gibt es keine Fixtures: „npx tsx tests/evolution/write-fixtures.ts“ ausführen und tests/evolution/fixtures/v${SCHEMA_VERSION} einchecken.`,
    ]);
  });
});
