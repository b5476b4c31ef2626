import type { Block } from "../../shared/publish/report-blocks";
import { PAGE_LABEL, type PublicationDocument } from "../../shared/publish/publication-document";

type Node = Record<string, unknown>;
export type Hyphenate = (text: string) => string;

const percent = (spans: readonly number[]) => {
  const total = spans.reduce((a, b) => a + b, 0);
  return spans.map((s) => `${((100 * s) / total).toFixed(2)}%`);
};

const TABLE_LAYOUT = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => "#9a9a9a",
  vLineColor: () => "#9a9a9a",
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

const blockNodes = (block: Block, h: Hyphenate): Node[] => {
  switch (block.kind) {
    case "title":
      return [{ text: block.text, style: "title" }];
    case "subtitle":
      return [{ text: block.text, style: "subtitle", headlineLevel: 1 }];
    case "heading":
      return [{ text: block.text, style: "heading", headlineLevel: 1 }];
    case "note":
      return [{ text: h(block.text), style: "note" }];
    case "paragraph":
      return [{ text: h(block.text), style: "paragraph" }];
    // The form's own questions are not hyphenated: they print word for word, as the seed has them.
    case "prompt":
      return [
        { text: block.intro, style: block.items.length ? "promptIntro" : "paragraph" },
        ...(block.items.length ? [{ ul: block.items.map((i) => ({ text: i })), style: "paragraph" }] : []),
      ];
    case "fields":
      return [
        {
          table: {
            widths: ["36%", "64%"],
            body: block.rows.map(([label, value]) => [
              { text: h(label), style: "label" },
              { text: h(value) },
            ]),
          },
          layout: TABLE_LAYOUT,
          style: "table",
        },
      ];
    case "table": {
      const empty = [{ text: "(keine Angaben)", style: "note", colSpan: block.headers.length }];
      while (empty.length < block.headers.length) empty.push({ text: "", style: "note", colSpan: 1 });
      return [
        {
          table: {
            headerRows: 1,
            widths: percent(block.spans),
            body: [
              block.headers.map((t) => ({ text: h(t), style: "label" })),
              ...(block.rows.length ? block.rows.map((r) => r.map((t) => ({ text: h(t) }))) : [empty]),
            ],
          },
          layout: TABLE_LAYOUT,
          style: "table",
        },
      ];
    }
  }
};

/**
 * A publication as a pdfmake document: A4 portrait, the header line and „Seite n von m“ on every
 * page, each part from a new page, headings never alone at the foot of a page, the contents' page
 * numbers resolved by pdfmake from the parts' anchors. Long words get soft hyphens from `h`.
 */
export const publicationToPdfmake = (doc: PublicationDocument, h: Hyphenate): Node => {
  const content: Node[] = [];
  if (doc.front) {
    content.push(...doc.front.blocks.flatMap((b) => blockNodes(b, h)));
    const { contents } = doc.front;
    content.push({
      table: {
        headerRows: 1,
        widths: percent(contents.spans),
        body: [
          contents.headers.map((t) => ({ text: t, style: "label" })),
          ...contents.rows.map((r) => [
            ...r.cells.map((t) => ({ text: h(t) })),
            { text: "", pageReference: r.partId, alignment: "right" },
          ]),
        ],
      },
      layout: TABLE_LAYOUT,
      style: "table",
    });
  }
  doc.parts.forEach((part, i) => {
    const nodes = part.blocks.flatMap((b) => blockNodes(b, h));
    if (nodes[0]) {
      nodes[0].id = part.id;
      if (doc.front || i > 0) nodes[0].pageBreak = "before";
    }
    content.push(...nodes);
  });
  return {
    pageSize: "A4",
    pageMargins: [56, 56, 56, 52],
    info: { title: doc.title, creator: "Förderbericht" },
    content,
    language: "de-DE",
    defaultStyle: { font: "Roboto", fontSize: 9.5, lineHeight: 1.15 },
    header: {
      text: doc.header,
      alignment: "right",
      fontSize: 7.5,
      color: "#555555",
      margin: [56, 28, 56, 0],
    },
    footer: (page: number, pages: number) => ({
      columns: [
        { text: doc.footer, fontSize: 7.5, color: "#555555" },
        { text: PAGE_LABEL(page, pages), fontSize: 7.5, alignment: "right", width: "auto" },
      ],
      margin: [56, 18, 56, 0],
    }),
    // A heading or subtitle that would end a page moves to the next one with its content.
    pageBreakBefore: (node: { headlineLevel?: number }, on: { getFollowingNodesOnPage(): unknown[] }) =>
      node.headlineLevel === 1 && on.getFollowingNodesOnPage().length === 0,
    styles: {
      title: { fontSize: 16, bold: true, margin: [0, 0, 0, 4] },
      subtitle: { fontSize: 11, bold: true, margin: [0, 6, 0, 6] },
      heading: { fontSize: 12, bold: true, margin: [0, 12, 0, 5] },
      note: { italics: true, color: "#444444", margin: [0, 0, 0, 4] },
      paragraph: { margin: [0, 0, 0, 6] },
      promptIntro: { margin: [0, 0, 0, 2] },
      label: { bold: true, fillColor: "#eef1f5" },
      table: { margin: [0, 0, 0, 6] },
    },
  };
};
