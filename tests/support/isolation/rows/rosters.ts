// Rows of the isolation matrix for the rosters actions (tests/support/isolation/harness.ts).
import type { MatrixRow } from "../harness";

export const ROSTERS_ROWS: MatrixRow[] = [];
