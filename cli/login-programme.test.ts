import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../dev/fixtures/start-test-api";
import { issueDevToken } from "../dev/issue-dev-token";
import { LEGACY_PROGRAMME_ID, PROGRAMMES } from "../shared/programme/programmes";
import { CliError } from "./cli-error";
import { loginProgramme } from "./login-programme";

const other = PROGRAMMES.find((p) => p.id !== LEGACY_PROGRAMME_ID)!;

describe("the programme of consolidate and publish without --programme", () => {
  let api: TestApi;
  const as = async (programmeIds: string[]) => ({
    api: api.url,
    token: await issueDevToken(api.devKeys, {
      sub: `dev-koordinierung-${programmeIds.length}`,
      name: "Koordinierungsstelle",
      role: "koordinierung",
      programmeIds,
    }),
  });
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  it("is the only programme the login sees, whichever it is", async () => {
    expect(await loginProgramme(await as([LEGACY_PROGRAMME_ID]), undefined, "consolidate")).toBe(
      LEGACY_PROGRAMME_ID,
    );
    expect(await loginProgramme(await as([other.id]), undefined, "consolidate")).toBe(other.id);
  });

  it("is asked for, naming the choices, when the login sees several", async () => {
    const call = loginProgramme(await as([LEGACY_PROGRAMME_ID, other.id]), undefined, "publish");

    await expect(call).rejects.toBeInstanceOf(CliError);
    await expect(call).rejects.toThrow(
      /bitte eines mit --programme angeben: .*\(.*\), .*\(.*\)\.\nHilfe: foerderbericht publish --help/,
    );
  });

  it("says so when the login belongs to no programme", async () => {
    await expect(loginProgramme(await as([]), undefined, "consolidate")).rejects.toThrow(
      "Diese Anmeldung gehört zu keinem Förderprogramm.",
    );
  });

  it("is the one named with --programme without asking the API", async () => {
    expect(await loginProgramme({ api: "http://127.0.0.1:1", token: "x" }, "irgendeins", "publish")).toBe(
      "irgendeins",
    );
  });
});
