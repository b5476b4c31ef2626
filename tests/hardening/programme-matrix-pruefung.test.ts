import { PRUEFUNG_ROWS } from "../authz/support/pruefung-authz-rows";
import { runProgrammeMatrix } from "./support/programme-matrix-harness";

runProgrammeMatrix("pruefung", PRUEFUNG_ROWS);
