import { createServer } from "node:net";

/**
 * The preferred port when nothing listens there, else undefined (DynamoDB Local then takes a free one).
 * Checked first because another DynamoDB Local on that port would answer, and we would use its data.
 */
export const freePortOr = (preferred: number): Promise<number | undefined> =>
  new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(undefined));
    probe.listen(preferred, "127.0.0.1", () => probe.close(() => resolve(preferred)));
  });
