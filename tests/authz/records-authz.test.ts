import { RECORDS_ROWS } from "./support/records-authz-rows";
import { runAuthzMatrix } from "./support/run-authz-matrix";

runAuthzMatrix("records", RECORDS_ROWS);
