import type { IncomingMessage } from "node:http";
import type { HttpResult } from "../functions/http/json";
import { problem } from "../functions/http/problem";

/** The names the local server answers to: loopback only, with the port of each listener. */
export const loopbackHosts = (ports: readonly number[]): ReadonlySet<string> =>
  new Set(ports.flatMap((p) => [`127.0.0.1:${p}`, `localhost:${p}`, `[::1]:${p}`]));

/** decodeURIComponent, undefined instead of a URIError for a broken escape (`%ff`, `%`, `%E0%A4%A`). */
export const safeDecode = (text: string): string | undefined => {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
};

const badRequest = (detail: string) => problem(400, "bad-request", "Ungültige Anfrage", detail);

/**
 * Refuses, before anything is served or routed, what the local server must never act on: a request
 * without Host, a Host (or an absolute-form target) that is not one of its own loopback names –
 * DNS rebinding: a page on attacker.example whose name resolves to 127.0.0.1 would otherwise talk
 * to the dev login with the browser's blessing – and a path whose %-escapes do not decode.
 */
export const guardRequest = (req: IncomingMessage, allowed: ReadonlySet<string>): HttpResult | undefined => {
  const host = req.headers.host?.toLowerCase();
  if (!host) return badRequest("Die Anfrage nennt keinen Host (Kopfzeile „Host“ fehlt).");
  const target = req.url ?? "/";
  const absolute = /^[a-z][a-z0-9+.-]*:\/\//i.test(target);
  let targetHost: string | undefined;
  if (absolute) {
    try {
      targetHost = new URL(target).host.toLowerCase();
    } catch {
      return badRequest("Das Anfrageziel ist keine gültige Adresse.");
    }
  }
  if (!allowed.has(host) || (targetHost !== undefined && !allowed.has(targetHost)))
    return problem(
      421,
      "misdirected-request",
      "Falsche Adresse",
      `Der lokale Server antwortet nur unter diesen Host-Namen: ${[...allowed].join(", ")}. Bitte die Adresse aus der Startmeldung von npm start verwenden.`,
    );
  const path = absolute ? target.replace(/^[^:]+:\/\/[^/]*/, "") : target;
  if (safeDecode(path.split("?")[0]!) === undefined)
    return badRequest("Der Pfad enthält eine ungültige %-Kodierung (z. B. „%ff“); bitte die Adresse prüfen.");
  return undefined;
};
