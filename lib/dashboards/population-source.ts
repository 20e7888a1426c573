// A population figure whose source starts with this word is an estimate: the populations page
// marks it (the seed's figures for the 11 provinces the 2025 Resolution gives no figure for).
export const ESTIMATE_PREFIX = "Ước tính";

export const isEstimate = (source: string | null): boolean =>
  source !== null && source.trim().toLocaleLowerCase("vi").startsWith("ước tính");
