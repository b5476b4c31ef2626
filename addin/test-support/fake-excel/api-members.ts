import table from "./api-members.generated.json";

/** One member as @types/office-js declares it (scripts/office-api/read-office-members.ts). */
export interface ApiMember {
  kind: "property" | "method";
  readonly?: true;
  set?: string;
  writeSet?: string;
  args?: [number, number | null];
}

const MEMBERS = table as unknown as Record<string, Record<string, ApiMember>>;

/** The member of an Excel class, or undefined where Office.js has none of that name. */
export const apiMember = (type: string, name: string): ApiMember | undefined =>
  Object.hasOwn(MEMBERS, type) && Object.hasOwn(MEMBERS[type]!, name) ? MEMBERS[type]![name] : undefined;

export const hasApiType = (type: string) => Object.hasOwn(MEMBERS, type);

const below = (a: string, b: string) => {
  const [am = 0, an = 0] = a.split(".").map(Number);
  const [bm = 0, bn = 0] = b.split(".").map(Number);
  return am !== bm ? am < bm : an < bn;
};

/**
 * The set a use needs that an Excel of `excelApi` lacks, or undefined when it has it. Only ExcelApi
 * versions are modelled: members of ExcelApiOnline or ExcelApiDesktop count as missing.
 */
export const missingSet = (member: ApiMember, access: "read" | "write", excelApi: string) => {
  const set = access === "write" ? (member.writeSet ?? member.set) : member.set;
  if (!set) return undefined;
  const [name, version = "99.0"] = set.split(" ");
  return name === "ExcelApi" && !below(excelApi, version) ? undefined : set;
};
