import { RECORDS_ROWS } from "./support/records-rows";
import { runAuthzMatrix } from "./support/run-authz-matrix";

runAuthzMatrix("records", RECORDS_ROWS);
