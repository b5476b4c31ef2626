// @vitest-environment happy-dom
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError, type ApiClient, type OnProgress } from "../../../shared/api/api-client";
import { deferred, fakeApi } from "../../test-support/fake-api";
import { ArchiveDownload } from "./ArchiveDownload";
import type { ArchiveTarget } from "./useArchiveDownload";

// vitest runs without globals, so Testing Library cannot unmount by itself between tests.
afterEach(cleanup);

const ZIP = { bytes: new Uint8Array([0x50, 0x4b, 3, 4]), fileName: "archiv-stadtteilmanagement-2025.zip" };
const saved: { name: string; type: string }[] = [];
const animate = Element.prototype.animate;
beforeEach(() => {
  // The notice fades in (Fluent's motion), which cancels its animation on re-render. Browsers mark the
  // `finished` promise's rejection as handled (Web Animations spec); happy-dom reports it as unhandled.
  vi.spyOn(Element.prototype, "animate").mockImplementation(function (this: Element, ...args) {
    const animation = animate.apply(this, args);
    animation.finished.catch(() => undefined);
    return animation;
  });
  saved.length = 0;
  vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
    saved.push({ name: "", type: (blob as Blob).type });
    return "blob:archiv";
  });
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    saved[saved.length - 1]!.name = this.download;
  });
});

const show = (api: ApiClient, target: ArchiveTarget) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <ArchiveDownload api={api} target={target} />
    </FluentProvider>,
  );
const button = () => screen.getByRole("button", { name: "Archiv herunterladen (.zip)" });

describe("ArchiveDownload", () => {
  it("downloads the year's archive, showing the bytes received while it streams", async () => {
    const answer = deferred<typeof ZIP>();
    let progress: OnProgress = () => {};
    const { api, calls } = fakeApi({
      yearArchive: (_p, _y, onProgress) => {
        progress = onProgress!;
        return answer.promise;
      },
    });
    show(api, { kind: "year", programmeId: "stadtteilmanagement", year: 2025 });
    expect(screen.getByRole("heading", { name: "Archiv 2025" })).toBeDefined();
    fireEvent.click(button());
    expect(calls[0]!.args.slice(0, 2)).toEqual(["stadtteilmanagement", 2025]);
    expect(button().hasAttribute("disabled")).toBe(true);
    act(() => progress(12_345_678));
    expect(screen.getByText("12,3 MB empfangen …")).toBeDefined();
    await act(async () => answer.resolve(ZIP));
    expect(saved).toEqual([{ name: "archiv-stadtteilmanagement-2025.zip", type: "application/zip" }]);
    expect(
      screen.getByText(/Archiv „archiv-stadtteilmanagement-2025\.zip“ heruntergeladen \(0,0 MB\)/),
    ).toBeDefined();
    expect(screen.queryByText(/empfangen …/)).toBeNull();
    expect(button().hasAttribute("disabled")).toBe(false);
  });

  it("downloads one filing's archive from the filing's view", async () => {
    const { api, calls } = fakeApi({ filingArchive: async () => ({ ...ZIP, fileName: "archiv-x.zip" }) });
    show(api, { kind: "filing", filingId: "stadtteilmanagement.2025.verwendungsnachweis.awo.kaltenmoor" });
    expect(screen.getByRole("heading", { name: "Archiv des Vorgangs" })).toBeDefined();
    await act(async () => fireEvent.click(button()));
    expect(calls.map((c) => c.args[0])).toEqual([
      "stadtteilmanagement.2025.verwendungsnachweis.awo.kaltenmoor",
    ]);
    expect(saved.map((s) => s.name)).toEqual(["archiv-x.zip"]);
  });

  it("shows the API's German refusal and offers nothing to save", async () => {
    const { api } = fakeApi({
      yearArchive: () =>
        Promise.reject(new ApiError(403, { detail: "Das Archiv lädt nur die Koordinierungsstelle." })),
    });
    show(api, { kind: "year", programmeId: "stadtteilmanagement", year: 2025 });
    await act(async () => fireEvent.click(button()));
    expect(screen.getByText("Das Archiv lädt nur die Koordinierungsstelle.")).toBeDefined();
    expect(saved).toEqual([]);
    expect(screen.queryByText(/empfangen …/)).toBeNull();
  });

  it("is a real button: reachable with Tab, no tabindex tricks", () => {
    const { api } = fakeApi({});
    show(api, { kind: "year", programmeId: "stadtteilmanagement", year: 2025 });
    expect(button().tagName).toBe("BUTTON");
    expect(button().getAttribute("tabindex")).toBeNull();
    button().focus();
    expect(document.activeElement).toBe(button());
  });
});
