import { PRUEFUNG_ROWS } from "./support/pruefung-rows";
import { runAuthzMatrix } from "./support/run-authz-matrix";

runAuthzMatrix("pruefung", PRUEFUNG_ROWS);
