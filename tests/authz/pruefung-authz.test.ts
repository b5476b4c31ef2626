import { PRUEFUNG_ROWS } from "./support/pruefung-authz-rows";
import { runAuthzMatrix } from "./support/run-authz-matrix";

runAuthzMatrix("pruefung", PRUEFUNG_ROWS);
