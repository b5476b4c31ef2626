// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the CLI project compiles this file without functions/ in its include list
/// <reference path="./pdfmake-modules.d.ts" />
import * as rendererModule from "pdfmake/js/Renderer.js";
import type { RenderedInline, RendererClass } from "pdfmake/js/Renderer.js";

export const SOFT_HYPHEN = "\u00ad";
/** U+2010 HYPHEN: what a line broken at a syllable ends with (distinct from a typed "-"). */
export const BREAK_HYPHEN = "\u2010";

/**
 * pdfmake breaks lines at soft hyphens but prints no hyphen there, and measures the invisible soft
 * hyphens inside a line as if they had a width. Before a line is drawn: a soft hyphen at the line's
 * end becomes a visible hyphen (same width as measured), the others are dropped and the rest of the
 * line moves left by their width. Installed once per process; pdfmake has no hook for this.
 */
export const fixSoftHyphenLines = (inlines: RenderedInline[]): void => {
  let shift = 0;
  inlines.forEach((inline, i) => {
    inline.x -= shift;
    if (!inline.text.endsWith(SOFT_HYPHEN)) return;
    const stem = inline.text.slice(0, -1);
    if (i === inlines.length - 1) {
      inline.text = stem + BREAK_HYPHEN;
      return;
    }
    const width = inline.font.widthOfString(SOFT_HYPHEN, inline.fontSize);
    inline.text = stem;
    inline.width -= width;
    shift += width;
  });
};

let installed = false;
export const installSoftHyphenLines = (): void => {
  if (installed) return;
  installed = true;
  // A CJS module with __esModule: Node hands out module.exports as default, vite the class itself.
  const exported = rendererModule.default as RendererClass | { default: RendererClass };
  const proto = ("default" in exported ? exported.default : exported).prototype;
  const renderLine = proto.renderLine;
  proto.renderLine = function (this: unknown, line, x, y) {
    fixSoftHyphenLines(line.inlines);
    renderLine.call(this, line, x, y);
  };
};
