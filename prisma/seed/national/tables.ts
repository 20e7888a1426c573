import { COLUMNS, type ColumnSpec } from "../generators/bulk";
import type { DemoPlan } from "../generators/plan";

/** The tables the national load writes, in the order their COPYs end (parents first). */
export const NATIONAL_TABLES: readonly {
  key: keyof DemoPlan;
  table: string;
  columns: readonly ColumnSpec[];
}[] = [
  {
    key: "residentialAreas",
    table: "ResidentialArea",
    columns: [...COLUMNS.ResidentialArea, ["createdAt", "timestamp"]],
  },
  {
    key: "points",
    table: "ReplicationPoint",
    columns: [...COLUMNS.ReplicationPoint, ["createdAt", "timestamp"]],
  },
  {
    key: "pointChanges",
    table: "PointStatusChange",
    columns: [...COLUMNS.PointStatusChange, ["createdAt", "timestamp"]],
  },
  { key: "teams", table: "Team", columns: [...COLUMNS.Team, ["createdAt", "timestamp"]] },
  { key: "teamAreas", table: "TeamArea", columns: COLUMNS.TeamArea },
  { key: "persons", table: "Person", columns: [...COLUMNS.Person, ["createdAt", "timestamp"]] },
  {
    key: "memberships",
    table: "Membership",
    columns: [...COLUMNS.Membership, ["createdAt", "timestamp"]],
  },
  { key: "reports", table: "Report", columns: COLUMNS.Report },
  { key: "statusChanges", table: "ReportStatusChange", columns: COLUMNS.ReportStatusChange },
  { key: "reportValues", table: "ReportValue", columns: COLUMNS.ReportValue },
];
