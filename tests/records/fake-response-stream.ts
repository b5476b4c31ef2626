import { Writable } from "node:stream";
import type { ResponseStreamFactory } from "../../functions/archive/stream-archive";

/** The runtime's delimiter between the JSON prelude and the body (8 NUL bytes). */
const DELIMITER = Buffer.alloc(8);

/**
 * Lambda's response stream as the documentation describes it, strict where the real one is
 * (docs.aws.amazon.com/lambda/latest/dg/config-rs-write-functions.html):
 * - status and headers go first, once, through `HttpResponseStream.from(stream, { statusCode,
 *   headers })`, which writes the JSON prelude and 8 NUL bytes; body bytes before it are refused;
 * - it is a Writable with a high-water mark: `write` answers false when full and the caller waits
 *   for `drain` – here the reader takes one chunk per tick, so a writer that ignores it piles up
 *   bytes, which `maxBuffered` counts;
 * - the response ends only with `end()` (otherwise the invocation runs into its timeout);
 * - at most `limit` bytes (200 MB for response streaming), beyond which the stream fails.
 */
export const fakeResponseStream = ({ highWaterMark = 64 * 1024, limit = 200 * 1024 * 1024 } = {}) => {
  const received: Buffer[] = [];
  let total = 0;
  let prelude: { statusCode: number; headers: Record<string, string> } | undefined;
  let maxBuffered = 0;
  let writes = 0;
  const stream = new Writable({
    highWaterMark,
    write(chunk: Buffer, _encoding, done) {
      total += chunk.byteLength;
      if (total > limit) return done(new Error(`response stream over ${limit} bytes`));
      received.push(chunk);
      setImmediate(done);
    },
  });
  const write = stream.write.bind(stream) as (chunk: Uint8Array | string) => boolean;
  let preluding = false;
  stream.write = ((chunk: Uint8Array | string, ...rest: unknown[]) => {
    if (!prelude && !preluding)
      throw new Error("body written before HttpResponseStream.from(…) set the status");
    if (rest.length) throw new Error("this fake takes write(chunk) only");
    writes++;
    const ok = write(chunk);
    maxBuffered = Math.max(maxBuffered, stream.writableLength);
    return ok;
  }) as typeof stream.write;
  const end = stream.end.bind(stream) as (chunk?: Uint8Array | string) => Writable;
  stream.end = ((chunk?: Uint8Array | string) => {
    if (!prelude) throw new Error("response ended before HttpResponseStream.from(…) set the status");
    if (chunk !== undefined && chunk !== "") stream.write(chunk);
    return end();
  }) as typeof stream.end;
  const finished = new Promise<void>((resolve, reject) => {
    stream.on("finish", resolve);
    stream.on("error", reject);
    stream.on("close", () => reject(new Error("response stream closed before end()")));
  });
  finished.catch(() => undefined);

  const HttpResponseStream: ResponseStreamFactory = {
    from(target, metadata) {
      if (target !== stream) throw new Error("from() takes the handler's responseStream");
      if (prelude) throw new Error("from() called twice: status and headers go out once");
      if (typeof metadata.statusCode !== "number") throw new Error("prelude without numeric statusCode");
      for (const [name, value] of Object.entries(metadata.headers))
        if (typeof value !== "string") throw new Error(`header ${name} is not a string`);
      preluding = true;
      stream.write(Buffer.concat([Buffer.from(JSON.stringify(metadata)), DELIMITER]));
      preluding = false;
      prelude = metadata;
      return stream;
    },
  };

  /** The response as a function URL client gets it: status and headers, then the body bytes. */
  const response = async () => {
    await finished;
    const all = Buffer.concat(received);
    const at = all.indexOf(DELIMITER);
    return {
      statusCode: prelude!.statusCode,
      headers: prelude!.headers,
      prelude: JSON.parse(all.subarray(0, at).toString("utf8")) as unknown,
      body: all.subarray(at + DELIMITER.byteLength),
    };
  };
  return {
    stream,
    HttpResponseStream,
    response,
    /** Whether the stream was broken off (destroyed) instead of ended. */
    broken: () => stream.destroyed && !stream.writableFinished,
    stats: () => ({ total, maxBuffered, writes, highWaterMark }),
  };
};
