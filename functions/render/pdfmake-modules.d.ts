// pdfmake 0.3 ships no types (and @types/pdfmake describes 0.2): the little this renderer uses.
declare module "pdfmake" {
  const pdfmake: {
    virtualfs: { writeFileSync(name: string, content: Buffer): void };
    setFonts(fonts: Record<string, Record<"normal" | "bold" | "italics" | "bolditalics", string>>): void;
    setUrlAccessPolicy(allow: (url: string) => boolean): void;
    setLocalAccessPolicy(allow: (path: string) => boolean): void;
    createPdf(definition: object): { getBuffer(): Promise<Buffer> };
  };
  export default pdfmake;
}
declare module "pdfmake/build/vfs_fonts.js" {
  const vfs: Record<string, string>;
  export default vfs;
}
declare module "pdfmake/js/Renderer.js" {
  export interface RenderedInline {
    text: string;
    x: number;
    width: number;
    fontSize: number;
    font: { widthOfString(text: string, size: number): number };
  }
  export interface RendererClass {
    prototype: { renderLine(line: { inlines: RenderedInline[] }, x: number, y: number): void };
  }
  const renderer: RendererClass | { default: RendererClass };
  export default renderer;
}
declare module "hyphen/de/index.js" {
  const hyphen: { hyphenateSync(text: string, options?: { minWordLength?: number }): string };
  export default hyphen;
}
