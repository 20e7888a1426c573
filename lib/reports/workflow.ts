import type { ReportStatus, Role } from "@/lib/generated/prisma/enums";

// The report workflow (docs/design/reporting.md): DRAFT → SUBMITTED → APPROVED, or SUBMITTED →
// RETURNED (with a comment for the whole report and/or single fields) → edited → SUBMITTED again.
// An approved report is locked; the province reopens it with a reason (APPROVED → RETURNED, so that
// it is back on the commune's worklist with the reason). Pure: no database.

export type ReportTransition = "submit" | "return" | "approve" | "reopen";

const MOVES: Record<ReportTransition, { from: readonly ReportStatus[]; to: ReportStatus }> = {
  submit: { from: ["DRAFT", "RETURNED"], to: "SUBMITTED" },
  return: { from: ["SUBMITTED"], to: "RETURNED" },
  approve: { from: ["SUBMITTED"], to: "APPROVED" },
  reopen: { from: ["APPROVED"], to: "RETURNED" },
};

const PROVINCE_STAFF: readonly Role[] = ["PROVINCE_ADMIN", "PROVINCE_OFFICER"];

/** Who may make a move: commune officers submit; the province's staff submit, return, approve, reopen. */
const ROLES: Record<ReportTransition, readonly Role[]> = {
  submit: [...PROVINCE_STAFF, "COMMUNE_OFFICER"],
  return: PROVINCE_STAFF,
  approve: PROVINCE_STAFF,
  reopen: PROVINCE_STAFF,
};

export function targetOf(move: ReportTransition): ReportStatus {
  return MOVES[move].to;
}

/** The statuses a move starts from. */
export function sourcesOf(move: ReportTransition): readonly ReportStatus[] {
  return MOVES[move].from;
}

export function mayMove(move: ReportTransition, from: ReportStatus, role: Role): boolean {
  return MOVES[move].from.includes(from) && ROLES[move].includes(role);
}

/** The moves a role may make on a report of this status (for the buttons a page shows). */
export function movesFor(status: ReportStatus, role: Role): ReportTransition[] {
  return (Object.keys(MOVES) as ReportTransition[]).filter((m) => mayMove(m, status, role));
}

/** Values and texts may be edited while the report is a draft or returned, never once submitted. */
export function isEditable(status: ReportStatus | null): boolean {
  return status === null || status === "DRAFT" || status === "RETURNED";
}

/** Whether a report of this status has been handed in (counts as submitted in a worklist). */
export function isHandedIn(status: ReportStatus | null): boolean {
  return status === "SUBMITTED" || status === "APPROVED";
}
