import { getMessages, getTranslations } from "next-intl/server";
import type { JsonValue } from "@/lib/audit/audit-diff";
import { type DetailCode, readAuditDetail } from "@/lib/audit/audit-detail";
import { formatAuditTime } from "@/lib/audit/format-audit-time";
import type { AuditNames, AuditRow } from "@/lib/audit/list-audit";
import { PERMISSIONS, type Permission, ROLE_PERMISSIONS, type Role } from "@/lib/auth/permissions";
import type { AppLocale } from "@/lib/i18n/routing";

// What an audited change did, in words: "Vai trò: Cán bộ Công an xã → Cán bộ Công an tỉnh",
// "Xã, phường, đặc khu: Phường Giá Rai → Xã Hưng Hội". Field names, enum values, ids and the
// notes' machine codes are never shown as they are stored: each has its label, and the names of
// units come with the page (resolved in the same transaction as the rows).

const DETAIL_KEYS = {
  "sign-in.wrong-password": "wrongPassword",
  "sign-in.unknown-user": "unknownUser",
  "sign-in.deactivated": "deactivated",
  "sign-in.throttled": "throttled",
  "user.deactivated": "userDeactivated",
  "user.reactivated": "userReactivated",
  "user.password-reset": "passwordReset",
  "account.password-changed": "passwordChanged",
  "access.page": "pageRefused",
  "access.action": "actionRefused",
  "access.out-of-scope": "outOfScope",
  "person.citizen-id-revealed": "citizenIdRevealed",
  "person.phone-revealed": "phoneRevealed",
  "import.committed": "importCommitted",
  "import.undone": "importUndone",
  "membership.moved": "membershipMoved",
  "person.not-duplicate": "notDuplicate",
  "team.dissolved": "teamDissolved",
  "point.status-changed": "pointStatusChanged",
  "model.retired": "modelRetired",
} as const satisfies Record<DetailCode, string>;

const FIELDS = [
  "username",
  "fullName",
  "role",
  "provinceId",
  "communeId",
  "active",
  "mustChangePassword",
  "passwordChangedAt",
  // The registry's rows (models, points, teams, members, imports).
  "name",
  "kind",
  "status",
  "gender",
  "birthDate",
  "citizenId",
  "phone",
  "religion",
  "affiliation",
  "establishedOn",
  "dissolvedOn",
  "dissolvedReason",
  "joinedOn",
  "leftOn",
  "leftReason",
  "fileName",
  "rowCount",
  "personCount",
  "membershipCount",
  "persons",
  "memberships",
  "year",
  "rating",
] as const;
type Field = (typeof FIELDS)[number];

// Stored values of the registry's enums, by their label (Audit.values); any other upper-case code
// is shown as "another value", never as stored.
const VALUES = [
  "ACTIVE",
  "INACTIVE",
  "SUSPENDED",
  "DISSOLVED",
  "COMMITTED",
  "UNDONE",
  "LEADER",
  "DEPUTY",
  "MEMBER",
  "MODEL",
  "GRASSROOTS_SECURITY",
  "MALE",
  "FEMALE",
  "NONE",
  "GOOD",
  "FAIR",
  "AVERAGE",
  "WEAK",
] as const;
type Value = (typeof VALUES)[number];
const ENUM_LIKE = /^[A-Z][A-Z0-9_]+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isValue(value: string): value is Value {
  return (VALUES as readonly string[]).includes(value);
}

/** An internal id (a row's uuid, a foreign key): nothing a reader can use, so not listed. */
function isIdChange(change: AuditRow["changes"][number]): boolean {
  if (change.field === "provinceId" || change.field === "communeId") return false;
  if (/(^id|Id|Ids)$/u.test(change.field)) return true;
  return [change.before, change.after].some((v) => typeof v === "string" && UUID.test(v));
}

const ROLES = Object.keys(ROLE_PERMISSIONS) as Role[];
const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const MAX_SHOWN = 300;

function isField(name: string): name is Field {
  return (FIELDS as readonly string[]).includes(name);
}

function isPermission(name: string): name is Permission {
  return (PERMISSIONS as readonly string[]).includes(name);
}

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

// The pages a refusal names, by their menu label (the path without its /vi or /en).
const PAGE_LABELS = {
  "/users": "users",
  "/audit": "audit",
  "/account/password": "account",
} as const;

export async function AuditChanges({
  row,
  names,
  locale,
}: {
  row: AuditRow;
  names: AuditNames;
  locale: AppLocale;
}) {
  const [t, roles, header] = await Promise.all([
    getTranslations("Audit"),
    getTranslations("Roles"),
    getTranslations("Header"),
  ]);
  const entityLabels: Record<string, string> = (await getMessages()).Audit.entities;

  const show = (field: string, value: JsonValue | undefined): string => {
    if (value === undefined || value === null || value === "") return t("emptyValue");
    if (field === "role" && typeof value === "string" && isRole(value)) return roles(value);
    if (field === "provinceId" && typeof value === "number")
      return names.provinces[String(value)] ?? t("unknownUnit");
    if (field === "communeId" && typeof value === "number")
      return names.communes[String(value)] ?? t("unknownUnit");
    if (field === "active" && typeof value === "boolean")
      return value ? t("active") : t("inactive");
    if (typeof value === "boolean") return value ? t("yes") : t("no");
    if (typeof value === "string" && isValue(value)) return t(`values.${value}`);
    if (typeof value === "string" && ENUM_LIKE.test(value)) return t("values.other");
    if (typeof value === "string")
      return ISO_MOMENT.test(value) ? formatAuditTime(new Date(value), locale) : value;
    if (typeof value === "number") return new Intl.NumberFormat(locale).format(value);
    const json = JSON.stringify(value);
    return json.length > MAX_SHOWN ? `${json.slice(0, MAX_SHOWN)}…` : json;
  };

  const permission = (key: string | undefined): string =>
    key && isPermission(key) ? t(`permissions.${key}`) : t("fields.other");

  const pageName = (path: string): string => {
    const bare = path.replace(/^\/(vi|en)(?=\/|$)/, "") || "/";
    const key = Object.hasOwn(PAGE_LABELS, bare)
      ? PAGE_LABELS[bare as keyof typeof PAGE_LABELS]
      : null;
    return key ? header(key) : bare === "/" ? header("overview") : bare;
  };

  const detail = ((): string | null => {
    const read = readAuditDetail(row.detail, row.action);
    if (!read) return row.detail;
    const key = DETAIL_KEYS[read.code];
    const v = read.values;
    switch (key) {
      case "passwordChanged":
        return t("details.passwordChanged", {
          sessionsEnded: new Intl.NumberFormat(locale).format(Number(v.sessionsEnded ?? 0)),
        });
      case "pageRefused":
        return t("details.pageRefused", {
          page: pageName(v.path ?? ""),
          permission: permission(v.permission),
        });
      case "actionRefused":
        return t("details.actionRefused", { permission: permission(v.permission) });
      case "outOfScope":
        return t("details.outOfScope", {
          entity: (v.entity && entityLabels[v.entity]) || t("fields.other"),
        });
      case "teamDissolved":
        return t("details.teamDissolved", {
          ended: new Intl.NumberFormat(locale).format(Number(v.ended ?? 0)),
        });
      case "pointStatusChanged":
        return t("details.pointStatusChanged", {
          from: show("status", v.from ?? ""),
          to: show("status", v.to ?? ""),
        });
      case "userDeactivated":
      case "userReactivated":
        // The same notes on a model or a place: it is no longer, or again, in use.
        if (row.entity && row.entity !== "User")
          return t(key === "userDeactivated" ? "details.deactivatedInUse" : "details.reactivated");
        return t(`details.${key}`);
      case "citizenIdRevealed":
      case "phoneRevealed":
        // Whose number was seen: the name the row was written with.
        return t(`details.${key}`, { name: v.name ?? t("emptyValue") });
      default:
        return t(`details.${key}`);
    }
  })();

  const changes = row.changes.filter((change) => !isIdChange(change));
  if (changes.length === 0 && !detail) return <span className="text-slate-500">—</span>;

  return (
    <div className="space-y-1">
      {detail ? <p className="break-words text-slate-700">{detail}</p> : null}
      {changes.length > 0 ? (
        <ul className="space-y-1" aria-label={t("changesLabel")}>
          {changes.map((change) => (
            <li key={change.field} className="break-words" data-field={change.field}>
              {change.field ? (
                <span className="text-xs font-medium text-slate-600">
                  {isField(change.field) ? t(`fields.${change.field}`) : t("fields.other")}:{" "}
                </span>
              ) : null}
              {change.kind !== "added" ? (
                <del className="bg-brand-50 text-brand-900 decoration-brand-600">
                  <span className="sr-only">{t("before")} </span>
                  {show(change.field, change.before)}
                </del>
              ) : null}
              {change.kind === "changed" ? (
                <span aria-hidden="true" className="px-1 text-slate-500">
                  →
                </span>
              ) : null}
              {change.kind !== "removed" ? (
                <ins className="bg-emerald-50 text-emerald-900 no-underline">
                  <span className="sr-only">{t("after")} </span>
                  {show(change.field, change.after)}
                </ins>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
