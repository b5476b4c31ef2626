import type { Filing } from "../filing/filing";
import type { Finding } from "../rules/finding";
import { PERSONAL_NAME_FIELDS, REDACTED } from "./personal-fields";

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Every string at `path` (with "*" for each row), replaced in place; returns what was there. */
const takeAt = (node: unknown, path: readonly string[]): string[] => {
  if (path.length === 0 || node === null || typeof node !== "object") return [];
  const [key, ...rest] = path as [string, ...string[]];
  const children = key === "*" && Array.isArray(node) ? node.map((_, i) => i) : [key];
  const found: string[] = [];
  for (const k of children) {
    const holder = node as Record<string | number, unknown>;
    if (rest.length === 0) {
      const value = holder[k];
      if (typeof value === "string" && value.trim() && value !== REDACTED) {
        found.push(value.trim());
        holder[k] = REDACTED;
      }
    } else found.push(...takeAt(holder[k], rest));
  }
  return found;
};

/**
 * A filing without the names of PERSONAL_NAME_FIELDS, and its findings too: each name field becomes
 * „[geschwärzt]“, and where a name (or one of its words of three letters or more) appears in other
 * text – a finding quoting it, a remark – it is replaced there as well. Amounts, dates and every
 * other field stay as they are.
 */
export const redactNames = (
  filing: Filing,
  findings: readonly Finding[],
): { filing: Filing; findings: Finding[]; names: number } => {
  const copy = JSON.parse(JSON.stringify(filing)) as Filing;
  const fields: readonly (readonly string[])[] = PERSONAL_NAME_FIELDS[copy.kind];
  const names: string[] = fields.flatMap((path) => takeAt(copy.data, path));
  const words: string[] = [
    ...new Set(names.flatMap((n) => [n, ...n.split(/[\s,]+/)]).filter((w) => w.length >= 3)),
  ];
  // Longest first, so "Anna Schmidt" goes before "Anna".
  const patterns = words.sort((a, b) => b.length - a.length).map((w) => new RegExp(escapeRegExp(w), "giu"));
  const scrub = <T>(value: T): T => {
    if (typeof value === "string")
      return patterns.reduce<string>((t, re) => t.replace(re, REDACTED), value) as T;
    if (Array.isArray(value)) return value.map(scrub) as T;
    if (value && typeof value === "object")
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v)])) as T;
    return value;
  };
  const data = scrub(copy.data);
  return { filing: { ...copy, data } as Filing, findings: findings.map(scrub), names: names.length };
};
