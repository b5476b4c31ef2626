// @vitest-environment happy-dom
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { RoleLabel } from "../../addin/app/role-views";
import type { SignInChoice } from "../../addin/auth/session";
import { DevSignInPanel } from "../../addin/ui/SignInPanel/DevSignInPanel";
import { handleDevRoute } from "../../dev/dev-routes";
import type { DevKeys } from "../../dev/dev-keys";
import { ROLES } from "../../shared/domain/lifecycle";
import { LEGACY_PROGRAMME_ID, PROGRAMMES, programmeById } from "../../shared/programme/programmes";

// vitest runs without globals, so Testing Library cannot unmount by itself between tests.
afterEach(cleanup);

/**
 * The task pane names the roles as the signed-in user's programme does: a second programme's
 * staff see its own words in the header and in the dev login's picker, none of the first's.
 */
const first = programmeById(LEGACY_PROGRAMME_ID);
const second = PROGRAMMES.find((p) => p.id !== LEGACY_PROGRAMME_ID)!;
const FIRST_WORDS = [first.zuwendungsgeber, first.texte.rollen!.leitung!, first.texte.koordinierungsstelle!];
const leaks = (text: string) => FIRST_WORDS.filter((w) => text.includes(w));

/** The dev server's answer to GET /dev/users, as the picker loads it. */
const devChoices = async (): Promise<SignInChoice[]> => {
  const result = await handleDevRoute("GET", "/dev/users", "", {} as DevKeys);
  return JSON.parse(String(result!.body)) as SignInChoice[];
};

const renderPicker = (choices: SignInChoice[]) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <DevSignInPanel choices={() => Promise.resolve(choices)} onSignIn={() => Promise.resolve()} />
    </FluentProvider>,
  );

describe("the task pane's role labels", () => {
  it.each(ROLES)("names the role %s in the header as the second programme's pack does", async (role) => {
    render(
      <FluentProvider theme={webLightTheme}>
        <header>
          <RoleLabel programmeId={second.id} role={role} />
        </header>
      </FluentProvider>,
    );

    const label = await screen.findByText(second.texte.rollen![role]!);
    expect(leaks(label.textContent ?? "")).toEqual([]);
  });

  it("lists the second programme's demo users with its own role names", async () => {
    const choices = (await devChoices()).filter((c) => c.programmeId === second.id);
    renderPicker(choices);

    const options = await screen.findAllByRole("option");
    const texts = options.map((o) => o.textContent ?? "");
    expect(texts).toHaveLength(choices.length);
    for (const role of ROLES)
      expect(
        texts.some((t) => t.endsWith(`(${second.texte.rollen![role]})`)),
        role,
      ).toBe(true);
    expect(leaks(texts.join("\n"))).toEqual([]);
  });

  it("lists the first programme's demo users with its role names", async () => {
    const choices = (await devChoices()).filter((c) => c.programmeId === first.id);
    renderPicker(choices);

    const texts = (await screen.findAllByRole("option")).map((o) => o.textContent ?? "");
    expect(texts).toContain(`${first.texte.leitung} (${first.texte.rollen!.leitung})`);
  });
});
