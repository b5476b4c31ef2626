// @vitest-environment happy-dom
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { YearSelect } from "./YearSelect";

// vitest runs without globals, so Testing Library cannot unmount by itself between tests.
afterEach(cleanup);

describe("YearSelect", () => {
  it("offers the years, shows the chosen one and reports another as a number", () => {
    const chosen: number[] = [];
    render(
      <FluentProvider theme={webLightTheme}>
        <YearSelect year={2025} years={[2026, 2025, 2024]} onYear={(y) => chosen.push(y)} />
      </FluentProvider>,
    );
    const select = screen.getByLabelText("Förderjahr") as HTMLSelectElement;

    expect([...select.options].map((o) => o.value)).toEqual(["2026", "2025", "2024"]);
    expect(select.value).toBe("2025");
    fireEvent.change(select, { target: { value: "2024" } });
    expect(chosen).toEqual([2024]);
  });
});
