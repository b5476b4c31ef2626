import type { APIGatewayProxyEventV2 } from "aws-lambda";
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { HttpResult } from "../../../functions/http/json";

const HOST = fileURLToPath(new URL("./lambda-host.mjs", import.meta.url));

export interface LambdaHost {
  invoke: (event: APIGatewayProxyEventV2) => Promise<HttpResult>;
  /** Everything the function wrote to stdout and stderr (its log lines). */
  output: () => string;
  stop: () => Promise<void>;
}

/** Starts a process that runs one built bundle like the Lambda runtime, with the given environment. */
export const startLambdaHost = async (bundle: string, env: Record<string, string>): Promise<LambdaHost> => {
  const child: ChildProcess = fork(HOST, [bundle], {
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const pending = new Map<number, { resolve: (r: HttpResult) => void; reject: (e: Error) => void }>();
  let ready!: () => void;
  const started = new Promise<void>((resolve) => (ready = resolve));
  child.on("message", (message: { ready?: boolean; id?: number; result?: HttpResult; error?: string }) => {
    if (message.ready) return ready();
    const waiting = pending.get(message.id!);
    pending.delete(message.id!);
    if (message.error) waiting?.reject(new Error(`${bundle}: ${message.error}`));
    else waiting?.resolve(message.result!);
  });
  child.once("exit", (code) => {
    for (const w of pending.values()) w.reject(new Error(`${bundle}: exited with ${code}\n${output}`));
  });
  await started;
  let next = 0;
  return {
    invoke: (event) =>
      new Promise((resolve, reject) => {
        const id = next++;
        pending.set(id, { resolve, reject });
        child.send({ id, event });
      }),
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill();
      }),
  };
};
