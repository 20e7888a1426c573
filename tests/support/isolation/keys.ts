// The actors and targets of both isolation matrices (actions under vitest, pages under Playwright).
export type ActorKey =
  "ministryAdmin" | "ministryAnalyst" | "provinceAdmin" | "provinceOfficer" | "communeOfficer";
export type TargetKey = "own" | "otherCommune" | "otherProvince";

export const ACTOR_KEYS: readonly ActorKey[] = [
  "ministryAdmin",
  "ministryAnalyst",
  "provinceAdmin",
  "provinceOfficer",
  "communeOfficer",
];
export const TARGET_KEYS: readonly TargetKey[] = ["own", "otherCommune", "otherProvince"];
