import { createHash } from "node:crypto";

// Demo rows get name-based UUIDs (RFC 9562 version 5) from a stable key such as "bl:point:17":
// the same key gives the same id on every run, so a second run inserts nothing new
// (createMany … skipDuplicates) and rows can point at each other before they are written.

/** The seed's own namespace (a random UUID, fixed forever). */
const NAMESPACE = Buffer.from("6f1c2a9e4b3d4c7a8e5f0a1b2c3d4e5f", "hex");

export function uuidFor(key: string): string {
  const bytes = createHash("sha1").update(NAMESPACE).update(key, "utf8").digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Ids of one demo province, keyed by kind and a running number or a natural key. */
export function idMaker(prefix: string): (kind: string, key: string | number) => string {
  return (kind, key) => uuidFor(`${prefix}:${kind}:${key}`);
}

/** ASCII code from a Vietnamese name: "Tổ tuần tra nhân dân" → "to-tuan-tra-nhan-dan". */
export function slugify(name: string, maxLength = 60): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, maxLength)
    .replace(/-+$/g, "");
}

/** Id of a demo row from its kind and key, within one province's prefix. */
export type IdOf = ReturnType<typeof idMaker>;
