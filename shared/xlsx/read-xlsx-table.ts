import { parseArea, type Area } from "./a1-areas";
import { scanXml } from "./scan-xml";
import { unreadable } from "./xlsx-refused";

/** An Excel table part (`xl/tables/tableN.xml`) as the reader needs it. */
export interface XlsxTable {
  name: string;
  displayName: string;
  area: Area;
  /** Header rows (ECMA-376: 1 unless `headerRowCount` says otherwise) and totals rows (0 unless…). */
  headerRows: number;
  totalsRows: number;
  headers: string[];
}

const count = (text: string | undefined, fallback: number) => {
  const n = text === undefined ? fallback : Number(text);
  return Number.isInteger(n) && n >= 0 ? Math.min(n, 1) : fallback;
};

export const readXlsxTable = (xml: string, part: string): XlsxTable => {
  let table: XlsxTable | undefined;
  scanXml(xml, part, {
    open: (name, at) => {
      if (name === "table") {
        const area = parseArea(at.ref ?? "");
        if (!area || area.whole) throw unreadable(`der Bereich der Tabelle ${part} ist ungültig`);
        table = {
          name: at.name ?? "",
          displayName: at.displayName ?? at.name ?? "",
          area,
          headerRows: count(at.headerRowCount, 1),
          totalsRows: count(at.totalsRowCount, 0),
          headers: [],
        };
      } else if (name === "tableColumn" && table) table.headers.push(at.name ?? "");
    },
  });
  if (!table) throw unreadable(`${part} enthält keine Tabelle`);
  return table;
};
