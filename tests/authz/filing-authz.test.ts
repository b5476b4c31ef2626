import { FILING_ROWS } from "./support/filing-authz-rows";
import { runAuthzMatrix } from "./support/run-authz-matrix";

runAuthzMatrix("filing", FILING_ROWS);
