import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../cli/run-cli";
import { devUserName } from "../../dev/dev-users";
import { startTestApi, type TestApi } from "../../dev/fixtures/start-test-api";
import { sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { LEGACY_PROGRAMME_ID } from "../../shared/programme/programmes";
import { writeWorkbook } from "../../shared/xlsx/write-workbook";
import { routeRequest } from "../support/route-request";

// A district the city runs with its own staff (Hanseviertel: „durchStadt“ in the pack) gets no
// Zuschuss, so no Verwendungsnachweis: refused with the same German reason in `template`, on
// upload and through the API (reported: the template was written and validated clean).

const META = {
  programmeId: LEGACY_PROGRAMME_ID,
  traegerId: "hansestadt",
  districtId: "hanseviertel",
  year: 2025,
};
const REASON =
  "Im Stadtteil Hanseviertel arbeitet die Hansestadt Lüneburg mit eigenem Personal: es fließt kein Zuschuss, daher wird hier kein Verwendungsnachweis eingereicht, nur der Jahresbericht.";

let dir: string;
let api: TestApi;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "foerderbericht-stadt-"));
  api = await startTestApi();
});
afterAll(async () => {
  await api?.close();
  await rm(dir, { recursive: true, force: true });
});

const problemText = (body: unknown) => JSON.stringify(body);

describe("a district the city runs itself", () => {
  it("template refuses a Verwendungsnachweis, writes no file, and still writes the Jahresbericht", async () => {
    let stderr = "";
    const io = { out: () => undefined, err: (t: string) => void (stderr += `${t}\n`), cwd: dir };
    const args = ["--traeger", "hansestadt", "--district", "hanseviertel", "--year", "2025"];

    const refused = await runCli(["template", "--kind", "verwendungsnachweis", ...args, "-o", "vn.xlsx"], io);
    const jb = await runCli(["template", "--kind", "jahresbericht", ...args, "-o", "jb.xlsx"], io);

    expect(refused).not.toBe(0);
    expect(stderr).toContain(REASON);
    expect(jb).toBe(0);
    expect(await readdir(dir)).toEqual(["jb.xlsx"]);
  });

  it.each([
    ["as JSON", async () => ({ body: sampleVerwendungsnachweis(META) })],
    [
      "as an uploaded workbook",
      async () => ({
        body: await writeWorkbook(sampleVerwendungsnachweis(META)),
        headers: { "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
      }),
    ],
  ])("the API refuses a Verwendungsnachweis submitted %s, with the reason", async (_how, request) => {
    const token = await api.token(devUserName(LEGACY_PROGRAMME_ID, "hansestadt"));
    const answer = await api.call(...routeRequest("submitFiling"), { token, ...(await request()) });

    expect(answer.status, problemText(answer.body)).toBe(422);
    expect(problemText(answer.body)).toContain(REASON);
  });
});
