// The note of an audit row (AuditLog.detail) is a machine code with named values, translated when
// shown: "user.deactivated", "account.password-changed sessionsEnded=2". The codes written before
// this format ("password reset", "permission users.manage", "page /vi/users needs users.view", …)
// are read as the same codes, so old rows stay readable.

export const DETAIL_CODES = [
  "sign-in.wrong-password",
  "sign-in.unknown-user",
  "sign-in.deactivated",
  "sign-in.throttled",
  "user.deactivated",
  "user.reactivated",
  "user.password-reset",
  "account.password-changed",
  "access.page",
  "access.action",
  "access.out-of-scope",
  "person.citizen-id-revealed",
  "person.phone-revealed",
  "import.committed",
  "import.undone",
  "membership.moved",
  "person.not-duplicate",
  "team.dissolved",
  "point.status-changed",
  "model.retired",
] as const;

export type DetailCode = (typeof DETAIL_CODES)[number];

export interface AuditDetail {
  code: DetailCode;
  values: Record<string, string>;
}

/** The stored text of a note: the code, then `name=value` pairs (values URI-encoded). */
export function auditDetail(
  code: DetailCode,
  values: Record<string, string | number> = {},
): string {
  const pairs = Object.entries(values).map(
    ([name, value]) => `${name}=${encodeURIComponent(String(value))}`,
  );
  return [code, ...pairs].join(" ");
}

const LEGACY: readonly [RegExp, (match: RegExpExecArray) => AuditDetail][] = [
  [/^wrong password$/, () => ({ code: "sign-in.wrong-password", values: {} })],
  [/^unknown user$/, () => ({ code: "sign-in.unknown-user", values: {} })],
  [/^throttled$/, () => ({ code: "sign-in.throttled", values: {} })],
  [/^reactivated$/, () => ({ code: "user.reactivated", values: {} })],
  [/^password reset$/, () => ({ code: "user.password-reset", values: {} })],
  [
    /^own password changed; (\d+) other session\(s\) ended$/,
    (m) => ({ code: "account.password-changed", values: { sessionsEnded: m[1] ?? "0" } }),
  ],
  [
    /^(?:page|route) (\S+) needs (\S+)$/,
    (m) => ({ code: "access.page", values: { path: m[1] ?? "", permission: m[2] ?? "" } }),
  ],
  [/^permission (\S+)$/, (m) => ({ code: "access.action", values: { permission: m[1] ?? "" } })],
  // The registry's notes (issue 7), written as plain text; the ids they name are not shown.
  [/^roster import$/, () => ({ code: "import.committed", values: {} })],
  [/^roster import undone$/, () => ({ code: "import.undone", values: {} })],
  [/^moved from membership \S+$/, () => ({ code: "membership.moved", values: {} })],
  [/^confirmed not a duplicate of .+$/, () => ({ code: "person.not-duplicate", values: {} })],
  [
    /^team dissolved; memberships ended (\d+)$/,
    (m) => ({ code: "team.dissolved", values: { ended: m[1] ?? "0" } }),
  ],
  [
    /^status ([A-Z_]+) -> ([A-Z_]+)$/,
    (m) => ({ code: "point.status-changed", values: { from: m[1] ?? "", to: m[2] ?? "" } }),
  ],
  [/^retired$/, () => ({ code: "model.retired", values: {} })],
  [
    /^(\w+) (\S+) not in scope$/,
    (m) => ({ code: "access.out-of-scope", values: { entity: m[1] ?? "", id: m[2] ?? "" } }),
  ],
];

function isCode(text: string): text is DetailCode {
  return (DETAIL_CODES as readonly string[]).includes(text);
}

/**
 * The code and values of a stored note, or null for a note this version does not know (shown as
 * written). "deactivated" meant the account was deactivated when a sign-in was refused, and that an
 * administrator deactivated it on a change: the row's action tells which.
 */
export function readAuditDetail(text: string | null, action: string): AuditDetail | null {
  if (text === null || text === "") return null;
  if (text === "deactivated") {
    return {
      code: action === "SIGN_IN_FAILED" ? "sign-in.deactivated" : "user.deactivated",
      values: {},
    };
  }
  const [code = "", ...pairs] = text.split(" ");
  if (isCode(code)) {
    const values: Record<string, string> = {};
    for (const pair of pairs) {
      const at = pair.indexOf("=");
      if (at <= 0) return null;
      try {
        values[pair.slice(0, at)] = decodeURIComponent(pair.slice(at + 1));
      } catch {
        return null;
      }
    }
    return { code, values };
  }
  for (const [pattern, read] of LEGACY) {
    const match = pattern.exec(text);
    if (match) return read(match);
  }
  return null;
}
