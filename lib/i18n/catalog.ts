import enAccount from "@/messages/en/account.json";
import enAudit from "@/messages/en/audit.json";
import enCommon from "@/messages/en/common.json";
import enDashboards from "@/messages/en/dashboards.json";
import enErrors from "@/messages/en/errors.json";
import enModels from "@/messages/en/models.json";
import enNav from "@/messages/en/nav.json";
import enOverview from "@/messages/en/overview.json";
import enSearch from "@/messages/en/search.json";
import enImports from "@/messages/en/imports.json";
import enRosters from "@/messages/en/rosters.json";
import enPlaces from "@/messages/en/places.json";
import enSafety from "@/messages/en/safety.json";
import enRatings from "@/messages/en/ratings.json";
import enAwards from "@/messages/en/awards.json";
import enPoints from "@/messages/en/points.json";
import enReportingAdmin from "@/messages/en/reporting-admin.json";
import enReports from "@/messages/en/reports.json";
import enSignIn from "@/messages/en/sign-in.json";
import enSummary from "@/messages/en/summary.json";
import enUsers from "@/messages/en/users.json";
import viAccount from "@/messages/vi/account.json";
import viAudit from "@/messages/vi/audit.json";
import viCommon from "@/messages/vi/common.json";
import viDashboards from "@/messages/vi/dashboards.json";
import viErrors from "@/messages/vi/errors.json";
import viModels from "@/messages/vi/models.json";
import viNav from "@/messages/vi/nav.json";
import viOverview from "@/messages/vi/overview.json";
import viSearch from "@/messages/vi/search.json";
import viImports from "@/messages/vi/imports.json";
import viRosters from "@/messages/vi/rosters.json";
import viPlaces from "@/messages/vi/places.json";
import viSafety from "@/messages/vi/safety.json";
import viRatings from "@/messages/vi/ratings.json";
import viAwards from "@/messages/vi/awards.json";
import viPoints from "@/messages/vi/points.json";
import viReportingAdmin from "@/messages/vi/reporting-admin.json";
import viReports from "@/messages/vi/reports.json";
import viSignIn from "@/messages/vi/sign-in.json";
import viSummary from "@/messages/vi/summary.json";
import viUsers from "@/messages/vi/users.json";
import type { AppLocale } from "./routing";

// The messages of each language, one file per feature (messages/<locale>/<feature>.json), merged
// into the one object next-intl reads. Each file holds whole top-level namespaces; the namespaces
// are the same whatever file they live in, so `useTranslations("Audit")` does not care. Kept free
// of server-only imports: the message types (next-intl.d.ts) and the unit tests read it too.

/** Feature files in load order; a namespace must live in exactly one of them (a unit test checks). */
export const FEATURE_FILES = {
  vi: {
    common: viCommon,
    nav: viNav,
    errors: viErrors,
    "sign-in": viSignIn,
    overview: viOverview,
    users: viUsers,
    audit: viAudit,
    account: viAccount,
    search: viSearch,
    models: viModels,
    imports: viImports,
    rosters: viRosters,
    points: viPoints,
    reports: viReports,
    places: viPlaces,
    "reporting-admin": viReportingAdmin,
    safety: viSafety,
    ratings: viRatings,
    awards: viAwards,
    dashboards: viDashboards,
    summary: viSummary,
  },
  en: {
    common: enCommon,
    nav: enNav,
    errors: enErrors,
    "sign-in": enSignIn,
    overview: enOverview,
    users: enUsers,
    audit: enAudit,
    account: enAccount,
    search: enSearch,
    models: enModels,
    imports: enImports,
    rosters: enRosters,
    points: enPoints,
    reports: enReports,
    places: enPlaces,
    "reporting-admin": enReportingAdmin,
    safety: enSafety,
    ratings: enRatings,
    awards: enAwards,
    dashboards: enDashboards,
    summary: enSummary,
  },
} as const;

export const viMessages = {
  ...viCommon,
  ...viNav,
  ...viErrors,
  ...viSignIn,
  ...viOverview,
  ...viUsers,
  ...viAudit,
  ...viAccount,
  ...viSearch,
  ...viModels,
  ...viImports,
  ...viRosters,
  ...viPoints,
  ...viReports,
  ...viPlaces,
  ...viReportingAdmin,
  ...viSafety,
  ...viRatings,
  ...viAwards,
  ...viDashboards,
  ...viSummary,
};

export type Messages = typeof viMessages;

// `satisfies` makes tsc refuse an English catalog that lacks a Vietnamese namespace or key.
export const enMessages = {
  ...enCommon,
  ...enNav,
  ...enErrors,
  ...enSignIn,
  ...enOverview,
  ...enUsers,
  ...enAudit,
  ...enAccount,
  ...enSearch,
  ...enModels,
  ...enImports,
  ...enRosters,
  ...enPoints,
  ...enReports,
  ...enPlaces,
  ...enReportingAdmin,
  ...enSafety,
  ...enRatings,
  ...enAwards,
  ...enDashboards,
  ...enSummary,
} satisfies Record<keyof Messages, unknown>;

export const CATALOG: Record<AppLocale, Messages> = { vi: viMessages, en: enMessages };
