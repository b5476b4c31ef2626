import { describe, expect, it } from "vitest";
import { linkBase } from "./link-base";

describe("linkBase", () => {
  it("is the configured API URL without a trailing slash", () => {
    expect(linkBase("https://abc.execute-api.eu-central-1.amazonaws.com/")).toBe(
      "https://abc.execute-api.eu-central-1.amazonaws.com",
    );
    expect(linkBase("https://api.example/v1/")).toBe("https://api.example/v1");
    expect(linkBase("http://127.0.0.1:3000")).toBe("http://127.0.0.1:3000");
  });

  it("gives no base (links stay bare paths) without configuration or for anything but https or loopback http", () => {
    for (const value of [
      undefined,
      "",
      "javascript://x/%0aalert(1)",
      "http://api.example",
      "https://user:pw@api.example",
      "https://api.example/?q=1",
      "kein url",
    ])
      expect(linkBase(value), String(value)).toBeUndefined();
  });
});
