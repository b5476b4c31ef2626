import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SubmitPanel, SubmitResult } from "./SubmitPanel";

const render = (node: React.ReactNode) =>
  renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);
const actions = { submit: async () => ({}) as never, isRetryable: () => true };

describe("SubmitPanel", () => {
  it("shows the declaration as a labelled checkbox and keeps Einreichen disabled until it is confirmed", () => {
    const html = render(<SubmitPanel {...actions} declaration="Ich bestätige die Angaben." />);
    expect(html).toMatch(/<label[^>]*>Ich bestätige die Angaben\.<\/label>/);
    expect(html).toMatch(/<button[^>]*disabled[^>]*>Einreichen<\/button>/);
  });

  it("says why submitting is blocked", () => {
    const html = render(<SubmitPanel {...actions} declaration="x" blocked="Noch 2 Fehler." />);
    expect(html).toContain("Noch 2 Fehler.");
  });
});

describe("SubmitResult", () => {
  it("names version, time and status of a stored submission", () => {
    const html = render(
      <SubmitResult
        state={{
          step: "done",
          at: new Date("2026-03-01T09:30:00Z"),
          result: { filingId: "x", version: 2, status: "eingereicht", findings: [], replayed: false },
        }}
      />,
    );
    expect(html).toContain("Version 2");
    expect(html).toContain("01.03.2026");
    expect(html).toContain("„eingereicht“");
  });

  it("shows a failure in German", () => {
    const html = render(
      <SubmitResult state={{ step: "failed", message: "Keine Verbindung.", retry: true }} />,
    );
    expect(html).toContain("Nicht eingereicht");
    expect(html).toContain("Keine Verbindung.");
  });
});
