import { heldToTypes, requireMember, type ApiContext } from "./held-to-types";
import { FakeExcelError } from "./fake-workbook-state";

/** One `Excel.run`: its queued commands, and what the test may count afterwards. */
export interface RunRecord {
  /** `context.sync()` round trips, the implicit one at the end of `Excel.run` included. */
  syncs: number;
  /** Every property loaded, as "Range.values"; "Range.*" for a load without a property list. */
  loads: string[];
  /** Commands sent (writes, adds, selects), as "Range.values=", "Worksheet.activate()". */
  commands: string[];
}

export interface FakeContextCore extends ApiContext {
  record: RunRecord;
}

/**
 * The base of every fake Office.js object: like the real ones it only queues. `load` marks
 * properties to fetch at the next sync; reading one that was not loaded (or not yet synced) throws
 * PropertyNotLoaded, as Office.js does; setters and methods become commands run at sync in order.
 * Each object is held to its Office.js type (held-to-types.ts): a member above the configured
 * ExcelApi version fails the next sync with ApiNotFound.
 */
export abstract class FakeClientObject<M> {
  protected readonly loaded = new Map<string, unknown>();
  constructor(
    protected readonly ctx: FakeContextCore,
    /** Finds the model object at sync time; null for a null object. */
    protected readonly resolve: () => M | null,
    private readonly typeName: string,
  ) {
    // The subclass constructors then run on the proxy, so their fields sit behind it too.
    return heldToTypes(this, typeName, ctx);
  }

  protected abstract readProperty(model: M, property: string): unknown;

  get isNullObject(): boolean {
    return this.property("isNullObject");
  }

  load(properties?: string | string[] | { select?: string }): this {
    const list =
      properties === undefined
        ? ["*"]
        : typeof properties === "string"
          ? properties.split(",")
          : Array.isArray(properties)
            ? properties
            : (properties.select ?? "*").split(",");
    const trimmed = list.map((p) => p.trim()).filter(Boolean);
    // "items/name,items/type" loads both properties on the same items, as one collection read.
    const subs = trimmed.filter((p) => p.startsWith("items/")).map((p) => p.slice("items/".length));
    const props = [
      ...trimmed.filter((p) => !p.startsWith("items/")),
      ...(subs.length ? [`items/${subs.join(",")}`] : []),
    ];
    for (const p of props) this.ctx.record.loads.push(`${this.typeName}.${p}`);
    // A property this Excel lacks fails the load at sync, like using it would.
    for (const p of props) if (!p.startsWith("items")) requireMember(this.typeName, p, "read", this.ctx);
    this.ctx.enqueue(() => {
      const model = this.resolve();
      this.loaded.set("isNullObject", model === null);
      for (const p of props) this.loaded.set(p, model === null ? null : this.readProperty(model, p));
    });
    return this;
  }

  protected property<T>(name: string): T {
    if (!this.loaded.has(name))
      throw new FakeExcelError(
        "PropertyNotLoaded",
        `${this.typeName}.${name} wurde nicht geladen (load + sync fehlen).`,
      );
    return this.loaded.get(name) as T;
  }

  /** The loaded `items` of a collection, whatever sub-properties were asked for. */
  protected loadedItems<T>(): T[] {
    const key = [...this.loaded.keys()].find((k) => k === "items" || k.startsWith("items/"));
    if (key === undefined)
      throw new FakeExcelError("PropertyNotLoaded", `${this.typeName}.items wurde nicht geladen.`);
    return this.loaded.get(key) as T[];
  }

  /** The model now, for another fake object's command (a range handed to names.add). */
  modelAtSync(): M {
    return this.must();
  }

  protected command(label: string, op: (model: M) => void): void {
    this.ctx.record.commands.push(`${this.typeName}.${label}`);
    this.ctx.enqueue(() => {
      const model = this.resolve();
      if (model === null)
        throw new FakeExcelError("InvalidObjectPath", `${this.typeName}.${label} auf einem Nullobjekt.`);
      op(model);
    });
  }

  /** A model that must exist when a command runs. */
  protected must(): M {
    const model = this.resolve();
    if (model === null) throw new FakeExcelError("ItemNotFound", `${this.typeName} gibt es nicht.`);
    return model;
  }
}
