import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";

/** How much of a refused body is still read and dropped, and for how long, before the socket goes. */
export const LINGER = { bytes: 1024 * 1024, ms: 2_000 } as const;

/**
 * Closes the connection of a request whose body was refused unread (408, 413, 417), the way RFC 9112
 * §9.6 asks: send FIN, then read and drop what the client still sends for a bounded while, then
 * destroy. Destroying at once while the client is still uploading leaves its bytes unread in our
 * receive buffer, so the kernel answers with a reset – and a reset makes the client's kernel drop the
 * 413 it had already received but not yet read. The bounds keep a client that never stops (or never
 * reads) from holding the descriptor: after `LINGER.bytes` or `LINGER.ms`, whichever comes first.
 */
export const lingerClose = (req: IncomingMessage, socket: Socket | null): void => {
  if (!socket || socket.destroyed) return;
  let dropped = 0;
  const done = () => {
    clearTimeout(timer);
    socket.destroy();
  };
  const timer = setTimeout(done, LINGER.ms);
  timer.unref();
  socket.once("close", () => clearTimeout(timer));
  socket.once("end", done);
  socket.once("error", done);
  req.on("data", (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > LINGER.bytes) done();
  });
  req.resume();
  socket.end();
};
