import { describe, expect, it, vi } from "vitest";
import { UnauthorizedError } from "../auth/unauthorized";
// One namespace, not the list to-problem.ts imports: each error below is named where it is mapped.
import * as core from "../core/errors";
import { VersionCapError } from "../core/version-cap-error";
import type { Finding } from "../../shared/rules/finding";
import { logger } from "./logger";
import { badRequest } from "./request-error";
import { toProblem } from "./to-problem";

const body = (r: { body?: string }) => JSON.parse(r.body ?? "{}") as Record<string, unknown>;

describe("toProblem", () => {
  it.each([
    [new core.NotFoundError(), 404, "not-found"],
    [new core.ForbiddenError(), 403, "forbidden"],
    [new core.ConflictError("Schon geprüft."), 409, "conflict"],
    [new core.BadRequestError("Unbekannter Parameter."), 400, "bad-request"],
    [new UnauthorizedError("Kein Token."), 401, "unauthorized"],
    [new VersionCapError(5), 409, "conflict"],
    [new core.StoreUnavailableError(), 503, "store-unavailable"],
    [badRequest("Falsch.", ["year: zu klein"]), 400, "bad-request"],
  ])("maps %s to its status as problem+json", (err, status, type) => {
    const result = toProblem(err, "r1");
    expect(result.statusCode).toBe(status);
    expect(result.headers?.["content-type"]).toMatch(/^application\/problem\+json/);
    expect(body(result)).toMatchObject({ status, type, detail: err.message });
  });

  it("names the scheme of a 401 and when to retry a 503", () => {
    expect(toProblem(new UnauthorizedError("Kein Token."), "r1").headers).toMatchObject({
      "www-authenticate": 'Bearer realm="foerderbericht"',
    });
    expect(toProblem(new core.StoreUnavailableError(7), "r1").headers).toMatchObject({ "retry-after": "7" });
  });

  it("answers a domain error class without a status here as a bug: 500, logged", () => {
    class UnmappedError extends core.DomainError {
      constructor() {
        super("unmapped", "Ohne Status", "Diese Klasse hat keinen Status in toProblem.");
      }
    }
    const error = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const result = toProblem(new UnmappedError(), "req-7");
    expect(result.statusCode).toBe(500);
    expect(body(result)).toMatchObject({ type: "internal" });
    expect(error).toHaveBeenCalledWith(
      "unexpected error",
      expect.objectContaining({ errorName: "UnmappedError" }),
    );
    error.mockRestore();
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
    const result = toProblem(
      new core.InvalidFilingError([finding, { ...finding, severity: "warnung" }]),
      "r1",
    );
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
