import { PRUEFUNG_ROWS } from "../authz/support/pruefung-rows";
import { runProgrammeMatrix } from "./support/programme-matrix-harness";

runProgrammeMatrix("pruefung", PRUEFUNG_ROWS);
