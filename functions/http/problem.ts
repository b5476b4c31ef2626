import type { Problem } from "../../shared/api/problem-schema";
import type { HttpResult } from "./json";
import { API_SECURITY_HEADERS } from "./security-headers";

export const problem = (
  status: number,
  type: string,
  title: string,
  detail: string,
  extra: Pick<Problem, "findings" | "issues"> = {},
  headers: Record<string, string> = {},
): HttpResult => ({
  statusCode: status,
  headers: {
    ...API_SECURITY_HEADERS,
    "content-type": "application/problem+json; charset=utf-8",
    "cache-control": "no-store",
    ...headers,
  },
  body: JSON.stringify({ type, title, status, detail, ...extra } satisfies Problem),
});
