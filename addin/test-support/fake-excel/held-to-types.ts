import { apiMember, missingSet } from "./api-members";
import { FakeExcelError } from "./fake-workbook-state";

/** What a fake object needs from its request context to refuse an API its Excel lacks. */
export interface ApiContext {
  /** The ExcelApi version this Excel has, e.g. "1.7" for Excel 2016/2019 volume licence. */
  excelApi: string;
  enqueue(op: () => void): void;
}

/**
 * The fake's own plumbing on its objects (queue, model lookup, recorded state). None of these is an
 * Office.js member of the type that carries it; fake-held-to-types.test.ts checks that, and that
 * every other member exists in @types/office-js with the same kind and arity.
 */
export const FAKE_INTERNALS = new Set([
  "constructor",
  "ctx",
  "resolve",
  "typeName",
  "loaded",
  "readProperty",
  "property",
  "loadedItems",
  "modelAtSync",
  "command",
  "must",
  "host",
  "state",
  "changed",
  "record",
  "queue",
  "changes",
  "handlers",
  "fire",
  "pending",
  "setting",
  "look",
  "part",
  "event",
  "write",
  "derive",
  "model",
  "api",
  "writeFormats",
]);

const typeNames = new WeakMap<object, string>();

/** The Office.js class a fake object stands for ("Range"), for the test that holds it to the types. */
export const fakeTypeOf = (object: object) => typeNames.get(object);

/**
 * Wraps a fake object so that using a member its Excel does not have fails like Office.js: the
 * JavaScript library knows every member, but the host refuses the request, so the batch's
 * `context.sync()` rejects with an `OfficeExtension.Error` whose code is `ApiNotFound`
 * (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 * A read and a write are judged by their own set ("1.1 for get, 1.8 for set").
 */
/** Queues the ApiNotFound failure for a use of `type.prop` this Excel does not have. */
export const requireMember = (type: string, prop: string, access: "read" | "write", ctx: ApiContext) => {
  const member = apiMember(type, prop);
  const missing = member && missingSet(member, access, ctx.excelApi);
  if (missing)
    ctx.enqueue(() => {
      throw new FakeExcelError(
        "ApiNotFound",
        `${type}.${prop} gibt es erst ab ${missing}; diese Excel-Version hat ExcelApi ${ctx.excelApi}.`,
      );
    });
};

export const heldToTypes = <T extends object>(target: T, type: string, ctx: ApiContext): T => {
  const check = (prop: string | symbol, access: "read" | "write") => {
    if (typeof prop !== "string" || FAKE_INTERNALS.has(prop)) return;
    requireMember(type, prop, access, ctx);
  };
  const proxy = new Proxy(target, {
    get(t, prop, receiver) {
      check(prop, "read");
      return Reflect.get(t, prop, receiver) as unknown;
    },
    set(t, prop, value, receiver) {
      check(prop, "write");
      return Reflect.set(t, prop, value, receiver);
    },
  });
  typeNames.set(proxy, type);
  return proxy;
};
