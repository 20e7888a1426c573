// SystemSetting keys that record what the seed loaded into this install. No database access here:
// the start and seed scripts import these names too.

/** The national units and reference catalogs: every install has them. */
export const REFERENCE_DATA_SETTING = "reference-seed";

/**
 * The demo users and demo provinces. Its presence makes the install a demo one (the sign-in page
 * says so). The key predates the split of the seed: an install seeded before then has only this
 * row, and holds the reference data too.
 */
export const DEMO_DATA_SETTING = "demo-seed";

export type InstallMode = "demo" | "real";
