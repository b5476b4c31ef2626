import { describe, expect, it } from "vitest";
import { createFakeDialog, type DialogWindowHost } from "./fake-office-dialog";

/** A host whose one window the test opens, messages and closes by hand; `tick` runs the close check once. */
const fakeHost = () => {
  const opened: string[] = [];
  const win = { closed: false, close: () => void (win.closed = true) };
  let listener: ((source: unknown, data: unknown) => void) | undefined;
  let check: (() => void) | undefined;
  const host: DialogWindowHost = {
    origin: "https://addin.example",
    open: (url) => (opened.push(url), win),
    onMessage: (l) => ((listener = l), () => (listener = undefined)),
    every: (fn) => ((check = fn), () => (check = undefined)),
  };
  return { host, opened, win, send: (data: unknown) => listener?.(win, data), tick: () => check?.() };
};

const open = (dialog: ReturnType<typeof createFakeDialog>, url: string) =>
  new Promise<{ status: string; error?: { code: number }; value?: unknown }>((resolve) =>
    dialog.ui.displayDialogAsync(url, {}, resolve as never),
  );

describe("the fake Office dialog", () => {
  it("refuses a first page outside the add-in's domain with 12004", async () => {
    const { host, opened } = fakeHost();
    const result = await open(createFakeDialog({ host }), "https://login.example/authorize");
    expect(result).toMatchObject({ status: "failed", error: { code: 12004 } });
    expect(opened).toEqual([]);
  });

  it("opens a page of the add-in and hands its messageParent message to the pane", async () => {
    const { host, opened, send } = fakeHost();
    const result = await open(createFakeDialog({ host }), "https://addin.example/sign-in-start.html#x");
    expect(result.status).toBe("succeeded");
    expect(opened).toEqual(["https://addin.example/sign-in-start.html#x"]);
    const messages: unknown[] = [];
    (result.value as { addEventHandler: (t: string, h: (a: unknown) => void) => void }).addEventHandler(
      "dialogMessageReceived",
      (arg) => messages.push(arg),
    );
    send({ fakeOfficeDialogMessage: "https://addin.example/auth-callback.html?code=1" });
    expect(messages).toEqual([{ message: "https://addin.example/auth-callback.html?code=1" }]);
  });

  it("raises 12006 once when the user closes the dialog", async () => {
    const { host, win, tick } = fakeHost();
    const result = await open(createFakeDialog({ host }), "https://addin.example/sign-in-start.html");
    const events: unknown[] = [];
    (result.value as { addEventHandler: (t: string, h: (a: unknown) => void) => void }).addEventHandler(
      "dialogEventReceived",
      (arg) => events.push(arg),
    );
    tick();
    expect(events).toEqual([]);
    win.closed = true;
    tick();
    tick();
    expect(events).toEqual([{ error: 12006 }]);
  });

  it("answers getAccessToken with 13000 without WebApplicationInfo, with the token with it", async () => {
    await expect(createFakeDialog().getAccessToken()).rejects.toMatchObject({ code: 13000 });
    await expect(createFakeDialog({ webApplicationInfo: { token: "t" } }).getAccessToken()).resolves.toBe(
      "t",
    );
  });
});
