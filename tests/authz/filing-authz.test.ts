import { FILING_ROWS } from "./support/filing-rows";
import { runAuthzMatrix } from "./support/run-authz-matrix";

runAuthzMatrix("filing", FILING_ROWS);
