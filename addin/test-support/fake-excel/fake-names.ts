import { splitSheetRef } from "../../../shared/workbook/cell-address";
import { FakeClientObject } from "./fake-client-object";
import { FakeRange } from "./fake-range";
import type { FakeHost } from "./fake-workbook";
import { FakeExcelError, rangeAddress, rangeRef } from "./fake-workbook-state";

interface NamedModel {
  name: string;
  ref: string;
}

export class FakeNamedItem extends FakeClientObject<NamedModel> {
  constructor(
    private readonly host: FakeHost,
    resolve: () => NamedModel | null,
  ) {
    super(host, resolve, "NamedItem");
  }
  protected readProperty(n: NamedModel, p: string): unknown {
    if (p === "name") return n.name;
    if (p === "type") {
      const split = splitSheetRef(n.ref);
      return split && this.host.state.workbook.sheets.some((s) => s.name === split.sheet) ? "Range" : "Error";
    }
    if (p === "formula") return `=${n.ref}`;
    throw new FakeExcelError("InvalidArgument", `NamedItem.${p} kann die Attrappe nicht laden.`);
  }
  get name(): string {
    return this.property("name");
  }
  get type(): string {
    return this.property("type");
  }
  getRange(): FakeRange {
    return new FakeRange(
      this.host,
      () => rangeRef(this.host.state, "", this.must().ref),
      this.host.state,
      (r) => this.host.changed(r),
    );
  }
}

export class FakeNamedItemCollection extends FakeClientObject<Record<string, string>> {
  constructor(private readonly host: FakeHost) {
    super(host, () => host.state.workbook.names, "NamedItemCollection");
  }
  protected readProperty(names: Record<string, string>, p: string): unknown {
    const props = p.split("/");
    if (props[0] !== "items") throw new FakeExcelError("InvalidArgument", `NamedItemCollection.${p}`);
    return Object.entries(names).map(([name, ref]) => {
      const item = new FakeNamedItem(this.host, () => ({ name, ref }));
      item.load(props.slice(1).join(",") || "name");
      return item;
    });
  }
  get items(): FakeNamedItem[] {
    return this.loadedItems();
  }
  getItem(name: string) {
    return new FakeNamedItem(this.host, () => {
      const key = Object.keys(this.host.state.workbook.names).find(
        (n) => n.toLowerCase() === name.toLowerCase(),
      );
      if (key === undefined) throw new FakeExcelError("ItemNotFound", `Den Namen „${name}“ gibt es nicht.`);
      return { name: key, ref: this.host.state.workbook.names[key]! };
    });
  }
  getItemOrNullObject(name: string) {
    return new FakeNamedItem(this.host, () => {
      const key = Object.keys(this.host.state.workbook.names).find(
        (n) => n.toLowerCase() === name.toLowerCase(),
      );
      return key === undefined ? null : { name: key, ref: this.host.state.workbook.names[key]! };
    });
  }
  add(name: string, reference: FakeRange | string) {
    this.command(`add(${name})`, (names) => {
      if (Object.keys(names).some((n) => n.toLowerCase() === name.toLowerCase()))
        throw new FakeExcelError("ItemAlreadyExists", `Den Namen „${name}“ gibt es schon.`);
      const r =
        typeof reference === "string"
          ? rangeRef(this.host.state, "", reference.replace(/^=/, ""))
          : reference.modelAtSync();
      names[name] = `'${r.sheet.name.replace(/'/g, "''")}'!${rangeAddress(r, true).split("!")[1]}`;
    });
    return new FakeNamedItem(this.host, () => ({ name, ref: this.host.state.workbook.names[name]! }));
  }
}
