import { existsSync, readFileSync } from "node:fs";
import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";

// `office-addin-manifest validate` calls an online service, so the manifest's contract is checked here.
const xml = readFileSync(new URL("../../manifest.xml", import.meta.url), "utf8");
const all = (re: RegExp) => [...xml.matchAll(new RegExp(re.source, "g"))].map((m) => m[1]!);

describe("manifest.xml", () => {
  it("is an Excel task pane add-in with a GUID id and a German default locale", () => {
    expect(xml).toMatch(/<OfficeApp[^>]+xsi:type="TaskPaneApp"/);
    expect(all(/<Id>([^<]+)<\/Id>/)[0]).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(all(/<Host Name="([^"]+)"/)).toEqual(["Workbook"]);
    expect(all(/<DefaultLocale>([^<]+)</)).toEqual(["de-DE"]);
  });

  it("requires the ExcelApi set the add-in's tables and named items need", () => {
    expect(xml).toMatch(/<Set Name="ExcelApi" MinVersion="1\.7"\/>/);
  });

  it("puts a German „Förderbericht“ button on the Home tab that opens the task pane", () => {
    expect(xml).toMatch(/<OfficeTab id="TabHome">[\s\S]*<Control xsi:type="Button"/);
    expect(xml).toContain('<bt:String id="TaskpaneButton.Label" DefaultValue="Förderbericht"/>');
    expect(xml).toContain('<DisplayName DefaultValue="Förderbericht"/>');
  });

  it("names pages and icons the task pane build serves: real PNGs of 16, 32 and 80 pixels", () => {
    const files = all(/DefaultValue="https:\/\/localhost:3001\/([^"]+)"/);
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
    const urls = all(/DefaultValue="(https?:[^"]+)"/);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
  });

  it("defines every resource id it references", () => {
    const defined = new Set(all(/<bt:(?:Image|Url|String) id="([^"]+)"/));
    const referenced = all(/resid="([^"]+)"/);
    expect(referenced.length).toBeGreaterThan(0);
    for (const id of referenced) expect(defined, id).toContain(id);
  });

  it("keeps elements balanced (well-formed enough for Office to parse)", () => {
    const body = xml.replace(/<\?xml[^>]*\?>/, "").replace(/<!--[\s\S]*?-->/g, "");
    const stack: string[] = [];
    for (const [, closing, name, selfClosing] of body.matchAll(/<(\/?)([\w:.]+)[^>]*?(\/?)>/g)) {
      if (selfClosing) continue;
      if (closing) expect(stack.pop()).toBe(name);
      else stack.push(name!);
    }
    expect(stack).toEqual([]);
  });
});
