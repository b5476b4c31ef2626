import { PROGRAMME_ROWS } from "./support/programme-authz-rows";
import { runAuthzMatrix } from "./support/run-authz-matrix";

runAuthzMatrix("programme", PROGRAMME_ROWS);
