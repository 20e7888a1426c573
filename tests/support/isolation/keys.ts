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

/** Giá Rai (the actors' own), Xã Hưng Hội (another commune of Cà Mau), Phường Hà Giang 2 (Tuyên Quang). */
export const TARGET_UNITS: Record<TargetKey, { provinceCode: string; communeCode: string }> = {
  own: { provinceCode: "96", communeCode: "31942" },
  otherCommune: { provinceCode: "96", communeCode: "31906" },
  otherProvince: { provinceCode: "08", communeCode: "00691" },
};
