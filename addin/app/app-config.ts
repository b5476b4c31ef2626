import { TASK_PANE_CONFIG_PATH } from "../../shared/sign-in/sign-in-paths";
import { taskPaneConfigSchema, type TaskPaneConfig } from "../../shared/sign-in/task-pane-config-schema";

export type AppConfig = TaskPaneConfig;

/** `npm start` without a config.json: the dev login on this origin (development builds only). */
const DEV_DEFAULT: AppConfig = {
  apiUrl: "",
  archiveUrl: "",
  signIn: { kind: "dev" },
  programmeId: "stadtteilmanagement",
};

const MISSING =
  "Die Einstellungen dieses Förderberichts (config.json) fehlen oder sind nicht lesbar. Bitte die IT der Stadt informieren: die Bereitstellung ist unvollständig.";

/**
 * config.json beside taskpane.html (the stack writes it from its own resources). A production build
 * fails closed: no config, a broken one, or one asking for the dev login is an error page, never
 * the dev login.
 */
export const loadAppConfig = async ({
  fetchFn = fetch,
  devAllowed,
}: {
  fetchFn?: typeof fetch;
  devAllowed: boolean;
}): Promise<AppConfig> => {
  const url = new URL(`.${TASK_PANE_CONFIG_PATH}`, location.href);
  const response = await fetchFn(url, { cache: "no-store" }).catch(() => undefined);
  const raw: unknown = response?.ok ? await response.json().catch(() => undefined) : undefined;
  if (raw === undefined) {
    if (devAllowed) return { ...DEV_DEFAULT, apiUrl: location.origin };
    throw new Error(MISSING);
  }
  const parsed = taskPaneConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.join(".") ?? "";
    throw new Error(`${MISSING} (Feld „${field}“: ${parsed.error.issues[0]?.message ?? "ungültig"})`);
  }
  if (parsed.data.signIn.kind === "dev" && !devAllowed)
    throw new Error(
      "config.json verlangt die lokale Demo-Anmeldung, die es in der veröffentlichten Fassung nicht gibt. Bitte die IT der Stadt informieren: signIn muss den Anmeldedienst der Stadt nennen.",
    );
  return { ...parsed.data, apiUrl: parsed.data.apiUrl.replace(/\/$/, "") || location.origin };
};
