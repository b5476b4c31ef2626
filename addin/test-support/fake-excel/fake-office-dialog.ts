/**
 * Office's dialog and SSO as the task pane meets them, with Office's documented rules enforced
 * (learn.microsoft.com, "Use the Office dialog API" and "Troubleshoot error messages for SSO"):
 * - the dialog's first page must be on the add-in's own domain, else 12004;
 * - `getAccessToken` without `<WebApplicationInfo>` in the manifest fails with 13000;
 * - a dialog the user closes raises DialogEventReceived with 12006.
 * The dialog is a real window: the page in it calls `Office.context.ui.messageParent`, which this
 * fake carries to the opener with postMessage, as Office carries it to the task pane.
 */
export interface DialogWindowHost {
  origin: string;
  open: (url: string) => { closed: boolean; close: () => void } | null;
  onMessage: (listener: (source: unknown, data: unknown) => void) => () => void;
  /** How often the fake checks whether the user closed the window (a count, not a time bound). */
  every: (fn: () => void) => () => void;
}

export interface FakeDialogOptions {
  /** The manifest's `<WebApplicationInfo>`: with it, `getAccessToken` answers this token. */
  webApplicationInfo?: { token: string };
  host?: DialogWindowHost;
}

const MESSAGE_KEY = "fakeOfficeDialogMessage";

const browserHost = (): DialogWindowHost => ({
  origin: location.origin,
  open: (url) => window.open(url, "office-dialog", "width=480,height=640"),
  onMessage: (listener) => {
    const handler = (e: MessageEvent) => {
      if (e.origin === location.origin) listener(e.source, e.data);
    };
    window.addEventListener("message", handler);
    return () => window.removeEventListener("message", handler);
  },
  every: (fn) => {
    const id = setInterval(fn, 200);
    return () => clearInterval(id);
  },
});

type Callback = (result: unknown) => void;
type Handler = (arg: unknown) => void;

export const createFakeDialog = ({ webApplicationInfo, host }: FakeDialogOptions = {}) => {
  const env = () => host ?? browserHost();
  const failed = (code: number, message: string) => ({ status: "failed", error: { code, message } });
  return {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
    ui: {
      displayDialogAsync: (url: string, options: unknown, callback?: Callback) => {
        const done = (typeof options === "function" ? options : callback) as Callback;
        const h = env();
        let target: URL;
        try {
          target = new URL(url);
        } catch {
          return done(failed(12003, "Invalid URL syntax."));
        }
        if (target.origin !== h.origin) return done(failed(12004, "Domain is not trusted."));
        const win = h.open(target.toString());
        if (!win) return done(failed(12009, "The user chose to ignore the dialog box."));
        const handlers = new Map<string, Handler>();
        const stopMessages = h.onMessage((source, data) => {
          if (source === win && data && typeof data === "object" && MESSAGE_KEY in data)
            handlers.get("dialogMessageReceived")?.({
              message: (data as Record<string, unknown>)[MESSAGE_KEY],
            });
        });
        let open = true;
        const stopWatch = h.every(() => {
          if (!open || !win.closed) return;
          open = false;
          stopMessages();
          stopWatch();
          handlers.get("dialogEventReceived")?.({ error: 12006 });
        });
        done({
          status: "succeeded",
          value: {
            addEventHandler: (type: string, handler: Handler) => void handlers.set(type, handler),
            close: () => {
              open = false;
              stopMessages();
              stopWatch();
              win.close();
            },
          },
        });
      },
      /** Called by the page inside the dialog. */
      messageParent: (message: string) =>
        (window.opener as Window | null)?.postMessage({ [MESSAGE_KEY]: message }, location.origin),
    },
    getAccessToken: () =>
      webApplicationInfo
        ? Promise.resolve(webApplicationInfo.token)
        : Promise.reject({ code: 13000, message: "The add-in's manifest has no WebApplicationInfo." }),
  };
};
