import { connect, type Socket } from "node:net";

export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** The body as sent (a workbook). */
  bytes: Buffer;
  /** The server closed the connection (FIN or reset) without the client closing it first. */
  closedByServer: boolean;
}

const parse = (raw: Buffer): Omit<RawAnswer, "closedByServer"> => {
  // latin1 keeps one character per byte, so offsets in the text are offsets in the bytes.
  const text = raw.toString("latin1");
  const end = text.indexOf("\r\n\r\n");
  const [statusLine, ...lines] = text.slice(0, end < 0 ? text.length : end).split("\r\n");
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(":");
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const bytes = end < 0 ? Buffer.alloc(0) : raw.subarray(end + 4);
  return { status: Number(statusLine?.split(" ")[1] ?? 0), headers, body: bytes.toString("utf8"), bytes };
};

/**
 * Bytes on a TCP socket, as no HTTP client library would send them (no Host, absolute-form targets,
 * Expect), and the answer read until the server closes – or, for a keep-alive answer, until its
 * declared body is in.
 */
export const rawRequest = (url: string, request: string): Promise<RawAnswer> =>
  new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url);
    const socket: Socket = connect({ host: hostname, port: Number(port) });
    let raw = Buffer.alloc(0);
    socket.on("data", (d: Buffer) => {
      raw = Buffer.concat([raw, d]);
      const answer = parse(raw);
      const length = Number(answer.headers["content-length"] ?? -1);
      // Keep-alive answers do not close: stop once the declared body is in.
      if (length >= 0 && answer.bytes.byteLength >= length && answer.headers.connection !== "close") {
        socket.destroy();
        resolve({ ...answer, closedByServer: false });
      }
    });
    socket.on("error", reject);
    socket.on("close", () => resolve({ ...parse(raw), closedByServer: true }));
    socket.write(request);
  });
