// @vitest-environment happy-dom
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ReviewActions } from "./ReviewActions";

// vitest runs without globals, so Testing Library cannot unmount by itself between tests.
afterEach(cleanup);

const renderActions = (onConfirm: () => void, reasons = {}) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <ReviewActions
        actions={["zurueckgeben", "pruefen"]}
        programmeId="stadtteilmanagement"
        busy={false}
        reasons={reasons}
        onConfirm={onConfirm}
      />
    </FluentProvider>,
  );

describe("ReviewActions", () => {
  it("asks before acting, names the consequence, and sends nothing on Abbrechen", () => {
    const onConfirm = vi.fn();
    renderActions(onConfirm);
    fireEvent.click(screen.getByRole("button", { name: "Rechnerische Prüfung bestätigen" }));
    const dialog = screen.getByRole("dialog", { name: "Rechnerische Prüfung bestätigen?" });
    expect(dialog.textContent).toMatch(/Stabsstellenleitung zur Kenntnisnahme/);
    fireEvent.click(within(dialog).getByRole("button", { name: "Abbrechen" }));
    expect(onConfirm).not.toHaveBeenCalled();
    expect(screen.queryByRole("dialog")).toBeNull();

    fireEvent.click(screen.getByRole("button", { name: "Rechnerische Prüfung bestätigen" }));
    fireEvent.click(
      within(screen.getByRole("dialog")).getByRole("button", { name: "Rechnerische Prüfung bestätigen" }),
    );
    expect(onConfirm).toHaveBeenCalledWith("pruefen");
  });

  it("keeps a step disabled with its reason", () => {
    renderActions(() => undefined, {
      zurueckgeben: "Zum Zurückgeben bitte mindestens einen Kommentar schreiben.",
    });
    const button = screen.getByRole("button", { name: "Zurückgeben" });
    expect(button.hasAttribute("disabled") || button.getAttribute("aria-disabled") === "true").toBe(true);
    expect(screen.getByText(/mindestens einen Kommentar/)).toBeTruthy();
  });
});
