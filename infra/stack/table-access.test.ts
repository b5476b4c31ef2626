import { describe, expect, it } from "vitest";
import { ROUTES } from "../../functions/routes";
import { tableAccessOf } from "./table-access";

describe("tableAccessOf", () => {
  it("lets exactly the submitting, reviewing, parameter-setting and draft-saving routes write", () => {
    const writers = ROUTES.filter((r) => tableAccessOf(r) === "read-write").map((r) => r.id);
    expect(writers.sort()).toEqual([
      "putDraft",
      "putParams",
      "redactFiling",
      "reviewFiling",
      "submitFiling",
      "uploadAttachment",
    ]);
  });

  it("lets every GET route behind sign-in only read", () => {
    for (const route of ROUTES.filter((r) => r.auth && r.method === "GET"))
      expect(tableAccessOf(route), route.id).toBe("read");
  });

  it("gives the public OpenAPI route no table access", () => {
    expect(tableAccessOf({ auth: false, method: "GET" })).toBe("none");
  });
});
