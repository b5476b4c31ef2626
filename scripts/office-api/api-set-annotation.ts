/**
 * `@types/office-js` states each member's requirement set in its JSDoc as `[Api set: ExcelApi 1.9]`.
 * Some name two: `ExcelApi 1.1 for reading visibility; 1.2 for setting it.` (read and write differ),
 * `ExcelApi 1.2 for options; 1.7 for password` (a parameter came later: the member itself is 1.2).
 * A set without a number (`ExcelApi Preview`) is never available to a released add-in.
 */
export interface ApiSets {
  /** The set's name, e.g. "ExcelApi", "ExcelApiOnline", "DialogApi". */
  name: string;
  /** Version needed to read the property or call the method. */
  read: string;
  /** Version needed to assign the property (the same as `read` unless the annotation says). */
  write: string;
}

/** A version above every released one: what a preview-only member needs. */
export const PREVIEW = "99.0";

const ANNOTATION = /\[Api set: ([^\]]*)\]/;

const compare = (a: string, b: string) => {
  const [am = 0, an = 0] = a.split(".").map(Number);
  const [bm = 0, bn = 0] = b.split(".").map(Number);
  return am !== bm ? am - bm : an - bn;
};

/** True when `version` is at least `minimum` ("1.10" is above "1.9"). */
export const atLeast = (version: string, minimum: string) => compare(version, minimum) >= 0;

/**
 * The common API (`Office.*`) names its set as a link instead: `**Requirement set**: {@link https://… |
 * IdentityAPI 1.3}`; a set without a number there is its first version.
 */
const COMMON = /\*\*Requirement sets?\*\*:[^{]*\{@link [^|}]*\|\s*([A-Za-z]+)(?:\s+(\d+\.\d+))?\s*\}/;

/** The sets in a JSDoc text, or undefined when it names none. */
export const apiSetsOf = (doc: string): ApiSets | undefined => {
  const common = COMMON.exec(doc);
  if (!ANNOTATION.test(doc) && common) {
    const version = common[2] ?? "1.1";
    return { name: common[1]!, read: version, write: version };
  }
  const text = ANNOTATION.exec(doc)?.[1]?.trim();
  if (!text) return undefined;
  const name = /^[A-Za-z]+/.exec(text)?.[0];
  if (!name) return undefined;
  // "1.1 for get, 1.8 for set": each version with the phrase that follows it.
  const parts = [...text.matchAll(/(\d+\.\d+)([^;,\d]*)/g)].map((m) => ({
    version: m[1]!,
    forSetting: /\bset/i.test(m[2] ?? ""),
  }));
  if (!parts.length) return { name, read: PREVIEW, write: PREVIEW };
  const lowest = (list: typeof parts) => list.map((p) => p.version).sort(compare)[0];
  const read = lowest(parts.filter((p) => !p.forSetting)) ?? lowest(parts)!;
  const write = lowest(parts.filter((p) => p.forSetting)) ?? read;
  return { name, read, write };
};
