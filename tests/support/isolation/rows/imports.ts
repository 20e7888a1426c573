// Rows of the isolation matrix for the imports actions (tests/support/isolation/harness.ts).
import type { MatrixRow } from "../harness";

export const IMPORTS_ROWS: MatrixRow[] = [];
