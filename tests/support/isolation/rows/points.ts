// Rows of the isolation matrix for the points actions (tests/support/isolation/harness.ts).
import type { MatrixRow } from "../harness";

export const POINTS_ROWS: MatrixRow[] = [];
