import { unreadable } from "./xlsx-refused";

/** Attributes of one element, entities decoded, by their name as written (`r`, `r:id`). */
export type XmlAttributes = Record<string, string>;

/**
 * What a scan reports. `open` and `close` get the element's local name (`x:row` → `row`); a
 * self-closing element gets both. `text` gets character data with entities decoded.
 */
export interface XmlVisitor {
  open?(name: string, attributes: XmlAttributes): void;
  close?(name: string): void;
  text?(text: string): void;
}

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
const ENTITY = /&(#?[A-Za-z0-9]{1,10});/g;
const STRAY = /&(?!#?[A-Za-z0-9]{1,10};)/;
// Characters XML 1.0 forbids (control characters but tab, line feed, carriage return).
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

const codePoint = (ref: string): string | undefined => {
  const n = ref[1] === "x" ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
  if (!/^#(x[0-9a-fA-F]+|[0-9]+)$/.test(ref) || !(n > 0 && n <= 0x10ffff)) return undefined;
  return String.fromCodePoint(n);
};

/** Decodes the five named entities and numeric references (`&#58;`, `&#x3A;`); any other is an error. */
export const decodeEntities = (raw: string, part: string): string => {
  if (!raw.includes("&")) return raw;
  if (STRAY.test(raw)) throw malformed(part, "ein einzelnes „&“");
  return raw.replace(ENTITY, (_m, ref: string) => {
    const out = ref.startsWith("#") ? codePoint(ref) : NAMED[ref];
    if (out === undefined) throw malformed(part, "ein unbekanntes Zeichen-Entity");
    return out;
  });
};

const malformed = (part: string, what: string) =>
  unreadable(`der Teil „${part.slice(0, 80)}“ ist kein gültiges XML (${what})`);

const NAME = /[A-Za-z_][\w.:-]*/y;
const ATTRIBUTE = /\s+([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;
const localName = (name: string) => name.slice(name.indexOf(":") + 1);

/**
 * Scans XML as a parser does – not as text: entities decoded, either quote style, any attribute
 * order, comments and CDATA understood, tags nested properly – so a bound checked here cannot be
 * talked around by spelling a value differently. Refuses what Excel never writes and what readers
 * get wrong: a DOCTYPE (entity expansion, external entities) and malformed markup. Keeps no tree:
 * memory is the visitor's.
 */
export const scanXml = (xml: string, part: string, visitor: XmlVisitor): void => {
  if (FORBIDDEN.test(xml)) throw malformed(part, "ein unzulässiges Steuerzeichen");
  const open: string[] = [];
  let roots = 0;
  let at = 0;
  const text = (raw: string) => {
    if (raw.includes("]]>")) throw malformed(part, "„]]>“ im Text");
    if (open.length === 0) {
      if (raw.trim()) throw malformed(part, "Text außerhalb des Wurzelelements");
      return;
    }
    if (raw && visitor.text) visitor.text(decodeEntities(raw, part));
    else if (raw.includes("&")) decodeEntities(raw, part);
  };
  while (at < xml.length) {
    const lt = xml.indexOf("<", at);
    if (lt < 0) {
      text(xml.slice(at));
      break;
    }
    if (lt > at) text(xml.slice(at, lt));
    const next = xml.charCodeAt(lt + 1);
    // "!" and "?" start markup that is no element; one character decides, most tags are elements.
    if (next === 0x21 && xml.startsWith("<!--", lt)) {
      const end = xml.indexOf("-->", lt + 4);
      if (end < 0) throw malformed(part, "ein offener Kommentar");
      at = end + 3;
    } else if (next === 0x21 && xml.startsWith("<![CDATA[", lt)) {
      const end = xml.indexOf("]]>", lt + 9);
      if (end < 0 || open.length === 0) throw malformed(part, "ein offener CDATA-Abschnitt");
      visitor.text?.(xml.slice(lt + 9, end));
      at = end + 3;
    } else if (next === 0x3f) {
      const end = xml.indexOf("?>", lt + 2);
      if (end < 0) throw malformed(part, "eine offene Verarbeitungsanweisung");
      at = end + 2;
    } else if (next === 0x21) {
      throw malformed(part, "eine DOCTYPE-Deklaration");
    } else if (next === 0x2f) {
      NAME.lastIndex = lt + 2;
      const name = NAME.exec(xml)?.[0];
      const end = xml.indexOf(">", lt);
      if (!name || end < 0 || xml.slice(NAME.lastIndex, end).trim() || open.pop() !== name)
        throw malformed(part, `ein falsch geschlossenes Element „${(name ?? "").slice(0, 40)}“`);
      visitor.close?.(localName(name));
      at = end + 1;
    } else {
      NAME.lastIndex = lt + 1;
      const name = NAME.exec(xml)?.[0];
      if (!name) throw malformed(part, "ein Element ohne Namen");
      let cursor = NAME.lastIndex;
      const attributes: XmlAttributes = {};
      for (;;) {
        ATTRIBUTE.lastIndex = cursor;
        const m = ATTRIBUTE.exec(xml);
        if (!m) break;
        // `__proto__` would not land in a plain object; no writer of workbooks uses it.
        if (Object.hasOwn(attributes, m[1]!) || m[1] === "__proto__")
          throw malformed(part, `das Attribut „${m[1]!.slice(0, 40)}“ doppelt oder unzulässig`);
        attributes[m[1]!] = decodeEntities(m[2] ?? m[3]!, part);
        cursor = ATTRIBUTE.lastIndex;
      }
      while (xml[cursor] === " " || xml[cursor] === "\n" || xml[cursor] === "\r" || xml[cursor] === "\t")
        cursor++;
      const selfClosing = xml[cursor] === "/";
      if (xml[selfClosing ? cursor + 1 : cursor] !== ">")
        throw malformed(part, `ein unvollständiges Element „${name.slice(0, 40)}“`);
      if (open.length === 0 && ++roots > 1) throw malformed(part, "mehr als ein Wurzelelement");
      const local = localName(name);
      visitor.open?.(local, attributes);
      if (selfClosing) visitor.close?.(local);
      else open.push(name);
      at = cursor + (selfClosing ? 2 : 1);
    }
  }
  if (open.length > 0)
    throw malformed(part, `das Element „${open.pop()!.slice(0, 40)}“ ist nicht geschlossen`);
  if (roots === 0) throw malformed(part, "kein Wurzelelement");
};
