import { RECORDS_ROWS } from "../authz/support/records-authz-rows";
import { runProgrammeMatrix } from "./support/programme-matrix-harness";

runProgrammeMatrix("records", RECORDS_ROWS);
