import { HeadersReferrerPolicy } from "aws-cdk-lib/aws-cloudfront";
import { describe, expect, it } from "vitest";
import { OFFICE_JS_ORIGIN, REFERRER_POLICY, taskPaneCsp } from "./task-pane-csp";

const directives = (csp: string) =>
  new Map(
    csp.split("; ").map((d) => {
      const [name, ...values] = d.split(" ");
      return [name!, values];
    }),
  );

describe("taskPaneCsp", () => {
  const csp = directives(
    taskPaneCsp({
      connectSources: ["https://abc.execute-api.eu-central-1.amazonaws.com", "https://login.example"],
    }),
  );

  it("loads scripts only from the task pane and Office.js", () => {
    expect(csp.get("script-src")).toEqual(["'self'", OFFICE_JS_ORIGIN]);
  });

  it("lets the task pane call the API and the sign-in origin, nothing else", () => {
    expect(csp.get("connect-src")).toEqual([
      "'self'",
      "https://abc.execute-api.eu-central-1.amazonaws.com",
      "https://login.example",
    ]);
  });

  it("may be framed by Office on the web", () => {
    expect(csp.get("frame-ancestors")).toEqual(
      expect.arrayContaining(["https://*.officeapps.live.com", "https://*.office.com"]),
    );
  });

  it("allows no plugins and no foreign base URL", () => {
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
  });

  it("names the referrer policy CloudFront sends, so the local server's copy is the same", () => {
    expect(HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN).toBe(REFERRER_POLICY);
  });
});
