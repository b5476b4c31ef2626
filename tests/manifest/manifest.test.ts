import { existsSync, readFileSync } from "node:fs";
import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { scanXml, type XmlAttributes } from "../../shared/xlsx/scan-xml";

// `office-addin-manifest validate` calls an online service, so the manifest's contract is checked
// here on the parsed XML (the product's own scanner: entities decoded, nesting checked, malformed
// markup refused); manifest-schema.test.ts validates it against Microsoft's XSDs.
interface Element {
  /** Local name: `bt:String` → `String`. */
  name: string;
  attributes: XmlAttributes;
  children: Element[];
  text: string;
}

const parse = (xml: string): Element => {
  const root: Element = { name: "", attributes: {}, children: [], text: "" };
  const open = [root];
  scanXml(xml, "manifest.xml", {
    open: (name, attributes) => {
      const element = { name, attributes, children: [], text: "" };
      open.at(-1)!.children.push(element);
      open.push(element);
    },
    close: () => void open.pop(),
    text: (text) => void (open.at(-1)!.text += text),
  });
  return root.children[0]!;
};

/** The element and every element inside it, in document order. */
const descendants = (e: Element): Element[] => [e, ...e.children.flatMap(descendants)];
const named = (e: Element, name: string) => descendants(e).filter((d) => d.name === name);
const child = (e: Element, name: string) => e.children.find((c) => c.name === name);

const source = readFileSync(new URL("../../manifest.xml", import.meta.url), "utf8");
const manifest = parse(source);
const defaultValues = () => descendants(manifest).flatMap((e) => e.attributes.DefaultValue ?? []);

describe("manifest.xml", () => {
  it("is an Excel task pane add-in with a GUID id and a German default locale", () => {
    expect(manifest.name).toBe("OfficeApp");
    expect(manifest.attributes["xsi:type"]).toBe("TaskPaneApp");
    expect(child(manifest, "Id")?.text).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(child(manifest, "Hosts")?.children.map((h) => h.attributes.Name)).toEqual(["Workbook"]);
    expect(child(manifest, "DefaultLocale")?.text).toBe("de-DE");
  });

  it("requires the ExcelApi set the add-in's tables and named items need", () => {
    const sets = named(child(manifest, "Requirements")!, "Set").map((s) => s.attributes);
    expect(sets).toContainEqual({ Name: "ExcelApi", MinVersion: "1.7" });
  });

  it("puts a German „Förderbericht“ button on the Home tab that opens the task pane", () => {
    const [home] = named(manifest, "OfficeTab").filter((t) => t.attributes.id === "TabHome");
    const buttons = named(home!, "Control").filter((c) => c.attributes["xsi:type"] === "Button");
    expect(buttons).toHaveLength(1);
    expect(named(buttons[0]!, "Action").map((a) => a.attributes["xsi:type"])).toEqual(["ShowTaskpane"]);
    const strings = named(manifest, "String").filter((s) => s.attributes.id === "TaskpaneButton.Label");
    expect(strings.map((s) => s.attributes.DefaultValue)).toEqual(["Förderbericht"]);
    expect(child(manifest, "DisplayName")?.attributes.DefaultValue).toBe("Förderbericht");
  });

  it("names pages and icons the task pane build serves: real PNGs of 16, 32 and 80 pixels", () => {
    const files = defaultValues().flatMap((v) => v.match(/^https:\/\/localhost:3001\/(.+)$/)?.[1] ?? []);
    expect(files.length).toBeGreaterThan(0);
    for (const file of new Set(files))
      expect(existsSync(new URL(`../../addin/${file}`, import.meta.url)), file).toBe(true);
    for (const size of [16, 32, 80]) {
      const png = readFileSync(new URL(`../../addin/assets/icon-${size}.png`, import.meta.url));
      expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
      const idat = png.indexOf("IDAT");
      expect(inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4))).length).toBe(
        size * (size * 4 + 1),
      );
    }
  });

  it("loads every page and icon over https", () => {
    const urls = defaultValues().filter((v) => /^[a-z]+:/i.test(v));
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
  });

  it("defines every resource id it references", () => {
    const resources = named(manifest, "Resources")[0]!;
    const defined = new Set(
      descendants(resources).flatMap((e) =>
        ["Image", "Url", "String"].includes(e.name) && e.attributes.id ? [e.attributes.id] : [],
      ),
    );
    const referenced = descendants(manifest).flatMap((e) => e.attributes.resid ?? []);
    expect(referenced.length).toBeGreaterThan(0);
    for (const id of referenced) expect(defined, id).toContain(id);
  });

  it("parses as well-formed XML, and the parser refuses a manifest that is not", () => {
    expect(manifest.children.length).toBeGreaterThan(5);
    expect(() => parse(source.replace("</Hosts>", ""))).toThrow(/kein gültiges XML|nicht geschlossen/);
  });
});
