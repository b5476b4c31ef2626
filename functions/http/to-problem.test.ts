import { describe, expect, it, vi } from "vitest";
import { ConflictError, ForbiddenError, InvalidFilingError, NotFoundError } from "../core/errors";
import type { Finding } from "../../shared/rules/finding";
import { logger } from "./logger";
import { badRequest } from "./request-error";
import { toProblem } from "./to-problem";

const body = (r: { body?: string }) => JSON.parse(r.body ?? "{}") as Record<string, unknown>;

describe("toProblem", () => {
  it.each([
    [new NotFoundError(), 404, "not-found"],
    [new ForbiddenError(), 403, "forbidden"],
    [new ConflictError("Schon geprüft."), 409, "conflict"],
    [badRequest("Falsch.", ["year: zu klein"]), 400, "bad-request"],
  ])("maps %s to its status as problem+json", (err, status, type) => {
    const result = toProblem(err, "r1");
    expect(result.statusCode).toBe(status);
    expect(result.headers?.["content-type"]).toMatch(/^application\/problem\+json/);
    expect(body(result)).toMatchObject({ status, type, detail: err.message });
  });

  it("lists every finding of an invalid filing", () => {
    const finding: Finding = {
      ruleId: "VN-VERWALTUNG-CAP",
      severity: "fehler",
      message: "Die Verwaltungskosten übersteigen 13 % der Personalkosten.",
      location: {
        kind: "verwendungsnachweis",
        path: ["verwaltung"],
        label: "2. Verwaltungs- und Leitungskosten",
      },
    };
    const result = toProblem(new InvalidFilingError([finding, { ...finding, severity: "warnung" }]), "r1");
    expect(result.statusCode).toBe(422);
    expect(body(result)).toMatchObject({ findings: [finding, { ...finding, severity: "warnung" }] });
    expect(body(result).detail).toMatch(/1 Fehler/);
  });

  it("answers an unknown error with 500, no message and no stack, and logs it with the request id", () => {
    const error = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const result = toProblem(new TypeError("Petersen is not a function"), "req-42");
    expect(result.statusCode).toBe(500);
    expect(result.body).not.toMatch(/Petersen|TypeError|at /);
    expect(body(result).detail).toContain("req-42");
    expect(error).toHaveBeenCalledWith("unexpected error", expect.objectContaining({ requestId: "req-42" }));
    expect(JSON.stringify(error.mock.calls)).not.toContain("Petersen");
    error.mockRestore();
  });
});
