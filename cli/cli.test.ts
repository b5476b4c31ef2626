import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filingSchema } from "../shared/filing";
import { sampleVerwendungsnachweis } from "../shared/samples/sample-filings";
import { findingSchema, type Finding } from "../shared/rules";
import { writeWorkbook } from "../shared/xlsx/write-workbook";
import { editNamedCells } from "../tests/support/named-cells";
import { BIN, runBin, type BinResult } from "../tests/support/run-bin";
import { runCli } from "./run-cli";

// Every command in-process through `runCli(argv, io)`: argument parsing, file I/O relative to the
// working directory, the output streams and exit codes, without starting Node per call. The real
// launcher in a child process (bin/ → the built dist/cli, the stream error handling of main.ts) is
// what the smoke tests at the end of this file run. Cases share files.
const run = async (argv: string[], cwd: string): Promise<BinResult> => {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    out: (text) => (stdout += `${text}\n`),
    err: (text) => (stderr += `${text}\n`),
    cwd,
  });
  return { code, stdout, stderr };
};
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "foerderbericht-cli-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const META = ["--traeger", "awo", "--district", "kaltenmoor", "--year", "2025"];

describe("foerderbericht template", () => {
  it("writes a blank Verwendungsnachweis whose validation fails with exit code 1", async () => {
    const template = await run(
      ["template", "--kind", "verwendungsnachweis", ...META, "-o", "leer.xlsx"],
      dir,
    );
    expect(template.stderr).toBe("");
    expect(template.code).toBe(0);
    expect(template.stdout).toContain("leer.xlsx");

    const result = await run(["validate", "leer.xlsx"], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^Fehler\s+VN-UNTERSCHRIFT\s+'Schlussrechnung'!\$?[A-Z]+\$?\d+\s+Bitte/m);
    // The head comes prefilled: Stammdaten and the Zuschuss granted for the year (programme pack).
    expect(result.stdout).not.toMatch(/VN-PFLICHTANGABEN/);
    expect(result.stdout).toMatch(/\d+ Fehler, \d+ Warnungen?, \d+ Hinweise? – bitte die Fehler beheben/);
  });

  it("names the file after kind, Träger, district and year when -o is missing", async () => {
    const result = await run(["template", "--kind", "jahresbericht", ...META], dir);
    expect(result.code).toBe(0);
    await expect(readFile(join(dir, "jahresbericht-awo-kaltenmoor-2025.xlsx"))).resolves.toBeInstanceOf(
      Buffer,
    );
  });

  it("refuses to overwrite an existing workbook without --force", async () => {
    await writeFile(join(dir, "vorhanden.xlsx"), "Arbeit eines Nutzers");
    const args = ["template", "--kind", "verwendungsnachweis", ...META, "-o", "vorhanden.xlsx"];
    const refused = await run(args, dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("--force");
    expect(await readFile(join(dir, "vorhanden.xlsx"), "utf8")).toBe("Arbeit eines Nutzers");
    expect((await run([...args, "--force"], dir)).code).toBe(0);
  });

  it("writes a sample that validates without Fehler (exit code 0)", async () => {
    const sample = await run(
      ["template", "--kind", "verwendungsnachweis", ...META, "--sample", "-o", "beispiel.xlsx"],
      dir,
    );
    expect(sample.code).toBe(0);
    const result = await run(["validate", "beispiel.xlsx"], dir);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("0 Fehler");
    expect(result.stdout).toContain("kann eingereicht werden");
  });

  it("carries the previous year over with --from", async () => {
    await run(
      ["template", "--kind", "verwendungsnachweis", ...META, "--sample", "-o", "vorjahr.xlsx", "--force"],
      dir,
    );
    const result = await run(["template", "--from", "vorjahr.xlsx", "-o", "folgejahr.xlsx"], dir);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const shown = await run(["show", "folgejahr.xlsx", "--json"], dir);
    const filing = filingSchema.parse(JSON.parse(shown.stdout));
    expect(filing.kind).toBe("verwendungsnachweis");
    expect(filing.meta).toEqual({
      programmeId: "stadtteilmanagement",
      traegerId: "awo",
      districtId: "kaltenmoor",
      year: 2026,
    });
  });

  it("explains a wrong call in German with exit code 2", async () => {
    const missing = await run(["template", "--kind", "verwendungsnachweis"], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("Bitte --traeger, --district, --year angeben.");
    const wrongKind = await run(["template", "--kind", "antrag", ...META], dir);
    expect(wrongKind.code).toBe(2);
    expect(wrongKind.stderr).toContain("Unbekannte Art „antrag“");
    const unknownOption = await run(["template", "--jahr", "2025"], dir);
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.stderr).toContain("Unbekannte Option --jahr.");
    expect(unknownOption.stderr).toContain("foerderbericht template --help");
  });
});

describe("foerderbericht validate", () => {
  beforeAll(async () => {
    await run(
      ["template", "--kind", "verwendungsnachweis", ...META, "--sample", "-o", "gueltig.xlsx", "--force"],
      dir,
    );
  });

  it("prints meta and findings as JSON with --json", async () => {
    const result = await run(["validate", "gueltig.xlsx", "--json"], dir);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as {
      kind: string;
      meta: unknown;
      summary: unknown;
      findings: unknown[];
    };
    expect(json.kind).toBe("verwendungsnachweis");
    expect(json.meta).toEqual({
      programmeId: "stadtteilmanagement",
      traegerId: "awo",
      districtId: "kaltenmoor",
      year: 2025,
    });
    expect(json.summary).toEqual({ fehler: 0, warnung: 0, hinweis: 0 });
    expect(json.findings.map((f) => findingSchema.parse(f))).toEqual([]);
  });

  it("answers exit code 2 for a file that is no xlsx", async () => {
    await writeFile(join(dir, "kaputt.xlsx"), "das ist keine Arbeitsmappe");
    const result = await run(["validate", "kaputt.xlsx"], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("„kaputt.xlsx“");
    expect(result.stdout).toBe("");

    const json = await run(["validate", "kaputt.xlsx", "--json"], dir);
    expect(json.code).toBe(2);
    const parsed = JSON.parse(json.stdout) as { kind: unknown; findings: { ruleId: string }[] };
    expect(parsed.kind).toBeNull();
    expect(parsed.findings.map((f) => f.ruleId)).toEqual(["EINGABE-MAPPE"]);
  });

  it("answers exit code 2 for a missing file, in German", async () => {
    const result = await run(["validate", "gibt-es-nicht.xlsx"], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Die Datei „gibt-es-nicht.xlsx“ gibt es nicht.");
  });

  it("answers exit code 2 without a file argument", async () => {
    const result = await run(["validate"], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Bitte die Arbeitsmappe angeben");
  });
});

describe("foerderbericht validate for a district the Träger is not assigned to", () => {
  it("flags the wrong district as a Fehler at the Stadtteilhaus cell before any submit (exit code 1)", async () => {
    const wrong = ["--traeger", "awo", "--district", "bockelsberg", "--year", "2025"];
    const template = await runBin(
      ["template", "--kind", "verwendungsnachweis", ...wrong, "--sample", "-o", "falscher-stadtteil.xlsx"],
      dir,
    );
    expect(template.stderr).toContain("nicht für den Stadtteil Bockelsberg zugeordnet");
    const result = await runBin(["validate", "falscher-stadtteil.xlsx"], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^Fehler\s+VN-ZUORDNUNG\s+'Verwendungsnachweis'!\$?B\$?\d+\s+.*Bockelsberg/m,
    );
  });
});

describe("foerderbericht validate with several files", () => {
  beforeAll(async () => {
    for (const [kind, file] of [
      ["verwendungsnachweis", "mehrere-vn.xlsx"],
      ["jahresbericht", "mehrere-jb.xlsx"],
    ] as const)
      await run(["template", "--kind", kind, ...META, "--sample", "-o", file, "--force"], dir);
    await run(
      ["template", "--kind", "verwendungsnachweis", ...META, "-o", "mehrere-leer.xlsx", "--force"],
      dir,
    );
  });

  it("prints one summary per file and exits with the worst code", async () => {
    const fine = await run(["validate", "mehrere-vn.xlsx", "mehrere-jb.xlsx"], dir);
    expect(fine.code).toBe(0);
    expect(fine.stdout.match(/^Prüfung von /gm)).toHaveLength(2);
    expect(fine.stdout).toContain("2 Arbeitsmappen geprüft: 2 ohne Fehler, 0 mit Fehlern.");

    const withBlank = await run(["validate", "mehrere-vn.xlsx", "mehrere-leer.xlsx"], dir);
    expect(withBlank.code).toBe(1);
    expect(withBlank.stdout).toContain("1 ohne Fehler, 1 mit Fehlern");

    const withMissing = await run(["validate", "mehrere-leer.xlsx", "fehlt.xlsx", "mehrere-vn.xlsx"], dir);
    expect(withMissing.code).toBe(2);
    expect(withMissing.stderr).toContain("Die Datei „fehlt.xlsx“ gibt es nicht.");
    expect(withMissing.stdout).toContain(
      "3 Arbeitsmappen geprüft: 1 ohne Fehler, 1 mit Fehlern, 1 nicht lesbar.",
    );
  });

  it("checks a Jahresbericht against the Verwendungsnachweis given with it", async () => {
    const vn = join(dir, "mehrere-vn-abweichend.xlsx");
    const sample = sampleVerwendungsnachweis();
    sample.data.sachkosten = 600_000;
    sample.data.schlussrechnung.weitereEinnahmen = 100_000;
    await writeFile(vn, await writeWorkbook(sample));
    const alone = await run(["validate", "mehrere-jb.xlsx", "--json"], dir);
    expect((JSON.parse(alone.stdout) as { findings: unknown[] }).findings).toEqual([]);
    const paired = await run(["validate", "mehrere-vn-abweichend.xlsx", "mehrere-jb.xlsx", "--json"], dir);
    const [vnResult, jbResult] = JSON.parse(paired.stdout) as { file: string; findings: Finding[] }[];
    expect(vnResult!.file).toBe("mehrere-vn-abweichend.xlsx");
    expect(jbResult!.findings.map((f) => f.ruleId)).toContain("JB-RESSOURCEN-ABGLEICH");
    const abgleich = jbResult!.findings.find((f) => f.ruleId === "JB-RESSOURCEN-ABGLEICH")!;
    expect(abgleich.related?.cell).toMatch(/^\[mehrere-vn-abweichend\.xlsx\]/);
  });
});

describe("foerderbericht show", () => {
  it("prints the parsed filing as JSON that matches the filing written", async () => {
    await run(
      ["template", "--kind", "verwendungsnachweis", ...META, "--sample", "-o", "zeigen.xlsx", "--force"],
      dir,
    );
    const result = await run(["show", "zeigen.xlsx", "--json"], dir);
    expect(result.code).toBe(0);
    const filing = filingSchema.parse(JSON.parse(result.stdout));
    expect(filing).toEqual(sampleVerwendungsnachweis());
  });

  it("carries each computed total next to the stated one", async () => {
    const sample = sampleVerwendungsnachweis();
    const bytes = await writeWorkbook(sample);
    // The Kostensumme's formula typed over with a number: stated and computed differ.
    const typedOver = await editNamedCells(bytes, { VN_schlussrechnung_kostensumme: 99_999 });
    await writeFile(join(dir, "ueberschrieben.xlsx"), typedOver);
    const result = await run(["show", "ueberschrieben.xlsx", "--json"], dir);
    expect(result.code).toBe(0);
    const { results } = JSON.parse(result.stdout) as {
      results: { field: string; stated: unknown; computed: unknown; differs: boolean }[];
    };
    expect(results.map((r) => r.field)).toContain("personal.summe");
    expect(results.find((r) => r.field === "personal.summe")).toMatchObject({
      stated: 8_333_456,
      computed: 8_333_456,
      differs: false,
    });
    expect(results.find((r) => r.field === "schlussrechnung.kostensumme")).toMatchObject({
      stated: 9_999_900,
      computed: sample.data.schlussrechnung.kostensumme,
      differs: true,
    });
  });

  it("ends quietly with exit code 0 when the reader closes the pipe early (| head)", async () => {
    await run(
      ["template", "--kind", "verwendungsnachweis", ...META, "--sample", "-o", "pipe.xlsx", "--force"],
      dir,
    );
    const child = spawn(process.execPath, [BIN, "show", "pipe.xlsx"], { cwd: dir });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).not.toContain("EPIPE");
    expect(code).toBe(0);
  });
});

describe("help", () => {
  it.each(["template", "validate", "show"])("explains %s with --help in German", async (command) => {
    const result = await run([command, "--help"], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^foerderbericht ${command} – `));
    expect(result.stdout).toContain("Aufruf:");
    expect(result.stdout).toContain("-h, --help");
  });

  it("lists the commands and exit codes without arguments, exit code 2", async () => {
    const result = await run([], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Befehle:");
    expect(result.stderr).toContain("Exit-Codes");
  });

  it("rejects an unknown command with exit code 2", async () => {
    const result = await run(["pruefen"], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Unbekannter Befehl „pruefen“");
  });
});

describe("the real launcher (smoke)", () => {
  it("validates a sample through bin/ in its own process: report on stdout, exit code 0", async () => {
    await run(
      ["template", "--kind", "verwendungsnachweis", ...META, "--sample", "-o", "smoke.xlsx", "--force"],
      dir,
    );
    const result = await runBin(["validate", "smoke.xlsx"], dir);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /0 Fehler, \d+ Warnung(en)?, \d+ Hinweise? – die Arbeitsmappe kann eingereicht werden/,
    );
  });

  it("answers a wrong call with exit code 2 and German on stderr", async () => {
    const result = await runBin(["pruefen"], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Unbekannter Befehl „pruefen“");
  });
});
