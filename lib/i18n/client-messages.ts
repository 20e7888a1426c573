import { CATALOG, type Messages } from "./catalog";
import type { AppLocale } from "./routing";

// The messages a page sends to the browser: only the namespaces its client components ask for
// (`useTranslations` in a "use client" file), not the whole catalog (about 90 kB of text, sent again
// with every page in its payload). The root layout sends the shell's (header, notices, the error
// page); a section's layout sends the shell's and its own (components/client-messages.tsx).
// tests/unit/client-messages.test.ts follows each page's imports and fails on a namespace missing
// here: a client component without its messages would show keys instead of words.

export type Namespace = keyof Messages;

export const SHELL_NAMESPACES = ["Header", "Common", "Error"] as const satisfies Namespace[];

/** The route sections (below app/[locale], without route groups) and the namespaces they add. */
export const SECTION_NAMESPACES = {
  "sign-in": ["SignIn"],
  account: ["Account"],
  awards: ["Awards"],
  "dashboard/populations": ["Populations"],
  indicators: ["Indicators"],
  models: ["Models"],
  people: ["Rosters"],
  periods: ["Periods"],
  places: ["Places"],
  points: ["Places", "Points"],
  ratings: ["Ratings"],
  reports: ["Reports"],
  rosters: ["Errors", "Imports"],
  safety: ["Safety"],
  teams: ["Rosters"],
  users: ["Roles", "Users"],
} as const satisfies Record<string, Namespace[]>;

export type Section = keyof typeof SECTION_NAMESPACES;

/** The shell's namespaces and a section's, picked out of the locale's catalog. */
export function clientMessages(locale: AppLocale, section?: Section): Partial<Messages> {
  const catalog = CATALOG[locale];
  const names: readonly Namespace[] = [
    ...SHELL_NAMESPACES,
    ...(section ? SECTION_NAMESPACES[section] : []),
  ];
  return Object.fromEntries(names.map((name) => [name, catalog[name]]));
}
