import { vi } from "vitest";

/**
 * Captures the JSON log lines Powertools writes – INFO to stdout, ERROR to stderr – into the returned
 * array; anything else passes through. Undo with `vi.restoreAllMocks()`.
 */
export const captureJsonLogs = (): string[] => {
  const lines: string[] = [];
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream);
    vi.spyOn(stream, "write").mockImplementation((chunk: string | Uint8Array, ...rest: unknown[]) => {
      const text = typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
      // Powertools Metrics' EMF lines ("_aws") are metrics, not log lines: they pass through.
      if (!text.startsWith("{") || text.includes('"_aws":')) return write(chunk, ...(rest as []));
      lines.push(...text.trim().split("\n"));
      return true;
    });
  }
  return lines;
};
