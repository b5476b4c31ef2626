import type { ApiClient } from "../../shared/api/api-client";

/**
 * An ApiClient for hook tests: only the methods a test gives exist; any other call fails loudly,
 * and every call is recorded by name, so a test can count what the UI asked of the API.
 */
export const fakeApi = (methods: Partial<ApiClient>) => {
  const calls: { name: string; args: unknown[] }[] = [];
  const api = new Proxy({ baseUrl: "http://api" } as ApiClient, {
    get: (target, name: string) => {
      if (name === "baseUrl") return target.baseUrl;
      const fn = (methods as Record<string, (...a: unknown[]) => unknown>)[name];
      return (...args: unknown[]) => {
        calls.push({ name, args });
        if (!fn) throw new Error(`fakeApi: ${name} wurde nicht erwartet`);
        return fn(...args);
      };
    },
  });
  return { api, calls, count: (name: string) => calls.filter((c) => c.name === name).length };
};

/** A promise the test resolves when it wants: for answers that arrive out of order. */
export const deferred = <T>() => {
  let resolve!: (value: T) => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};
