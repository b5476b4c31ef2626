import type { Duplex } from "node:stream";
import { API_SECURITY_HEADERS } from "../functions/http/security-headers";

const STATUS_TEXT: Record<number, string> = {
  400: "Bad Request",
  408: "Request Timeout",
  431: "Request Header Fields Too Large",
};

const DETAIL: Record<number, string> = {
  400: "Die Anfrage ist kein gültiges HTTP (Kopfzeilen oder Aufbau fehlerhaft).",
  408: "Die Anfrage kam nicht rechtzeitig vollständig an (30 s); bitte erneut senden.",
  431: "Die Kopfzeilen der Anfrage sind zu groß.",
};

/**
 * Requests Node's parser refuses (a malformed header, a bad Host, headers or body too slow) get
 * problem+json too, not the bare "400 Bad Request" Node writes by default – and then the socket is
 * destroyed once the answer is flushed: `end()` alone only half-closes it (http servers allow half
 * open), so a client that never reads nor closes kept its descriptor (2,000 fds for ≥ 100 s).
 */
export const onClientError = (err: NodeJS.ErrnoException, socket: Duplex): void => {
  if (!socket.writable) return void socket.destroy();
  const status =
    err.code === "HPE_HEADER_OVERFLOW" ? 431 : err.code === "ERR_HTTP_REQUEST_TIMEOUT" ? 408 : 400;
  const body = JSON.stringify({
    type: status === 408 ? "request-timeout" : status === 431 ? "headers-too-large" : "bad-request",
    title: status === 408 ? "Zeitüberschreitung" : "Ungültige Anfrage",
    status,
    detail: DETAIL[status],
  });
  const headers = Object.entries({
    ...API_SECURITY_HEADERS,
    "content-type": "application/problem+json; charset=utf-8",
    "cache-control": "no-store",
    "content-length": String(Buffer.byteLength(body)),
    connection: "close",
  })
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join("");
  socket.once("error", () => socket.destroy());
  socket.end(`HTTP/1.1 ${status} ${STATUS_TEXT[status]}\r\n${headers}\r\n${body}`, () => socket.destroy());
};
