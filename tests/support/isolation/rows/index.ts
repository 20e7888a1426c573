// Every row of the isolation matrix. A feature with server actions adds its file here.
import type { MatrixRow } from "../harness";
import { EVALUATIONS_ROWS } from "./evaluations";
import { DASHBOARDS_ROWS } from "./dashboards";
import { IMPORTS_ROWS } from "./imports";
import { MODELS_ROWS } from "./models";
import { POINTS_ROWS } from "./points";
import { REPORTING_ADMIN_ROWS } from "./reporting-admin";
import { REPORTS_ROWS } from "./reports";
import { ROSTERS_ROWS } from "./rosters";
import { USER_ROWS } from "./users";

export const ACTION_ROWS: MatrixRow[] = [
  ...USER_ROWS,
  ...MODELS_ROWS,
  ...POINTS_ROWS,
  ...ROSTERS_ROWS,
  ...IMPORTS_ROWS,
  ...REPORTING_ADMIN_ROWS,
  ...EVALUATIONS_ROWS,
  ...DASHBOARDS_ROWS,
  ...REPORTS_ROWS,
];

/**
 * Actions that take nothing that could name another scope, tested where they can run for real:
 * sign-in and sign-out set the Auth.js cookie, which only a request inside Next has.
 */
export const TESTED_ELSEWHERE: Record<string, string> = {
  signInAction:
    "public; takes a username and password only — tests/integration/auth-sign-in.int.test.ts, tests/e2e/sign-in.spec.ts",
  signOutAction:
    "takes no input and ends the caller's own session only — tests/integration/auth-sessions.int.test.ts, tests/e2e/sign-in.spec.ts",
};
