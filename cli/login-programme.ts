import { withApi, type ApiTarget } from "./with-api";
import { CliError } from "./cli-error";

/**
 * The programme a year-wide command is for: the one named with --programme, else the only one the
 * login may see (GET /programmes lists exactly those); with several it asks instead of guessing.
 */
export const loginProgramme = async (
  target: ApiTarget,
  explicit: string | undefined,
  command: string,
): Promise<string> => {
  if (explicit !== undefined) return explicit;
  const programmes = await withApi(target, (api) => api.listProgrammes());
  if (programmes.length === 1) return programmes[0]!.id;
  if (programmes.length === 0)
    throw new CliError(
      "Diese Anmeldung gehört zu keinem Förderprogramm. Bitte mit einer Anmeldung der Koordinierungsstelle des Programms aufrufen.",
    );
  throw new CliError(
    `Diese Anmeldung sieht mehrere Förderprogramme; bitte eines mit --programme angeben: ${programmes
      .map((p) => `${p.id} (${p.name})`)
      .join(", ")}.\nHilfe: foerderbericht ${command} --help`,
  );
};
