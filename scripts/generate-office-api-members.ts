// Writes addin/test-support/fake-excel/api-members.generated.json: every Excel class's members with
// their kind, arguments and requirement set, read from the installed @types/office-js. The fake
// Excel refuses what its configured version lacks; a drift test keeps the file in step with the
// package (run `npx tsx scripts/generate-office-api-members.ts` after updating @types/office-js).
import { readFileSync, writeFileSync } from "node:fs";
import { format } from "prettier";
import { OFFICE_TYPES, readOfficeMembers } from "./office-api/read-office-members";

export const MEMBERS_FILE = "addin/test-support/fake-excel/api-members.generated.json";

/** The file's content, formatted as `prettier --check` wants it. */
export const officeMembersJson = () =>
  format(JSON.stringify(readOfficeMembers(readFileSync(OFFICE_TYPES, "utf8"))), { parser: "json" });

if (process.argv[1]?.endsWith("generate-office-api-members.ts")) {
  writeFileSync(MEMBERS_FILE, await officeMembersJson());
  console.log(`${MEMBERS_FILE} geschrieben.`);
}
