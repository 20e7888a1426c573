// Rows of the isolation matrix for the models actions (tests/support/isolation/harness.ts).
import type { MatrixRow } from "../harness";

export const MODELS_ROWS: MatrixRow[] = [];
