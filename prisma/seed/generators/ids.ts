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

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
const hex4 = (w: number): string => `${HEX[(w >>> 8) & 255]}${HEX[w & 255]}`;
const hex8 = (w: number): string =>
  `${HEX[w >>> 24]}${HEX[(w >>> 16) & 255]}${HEX[(w >>> 8) & 255]}${HEX[w & 255]}`;

/** MurmurHash3's 32-bit finaliser. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** cyrb53: a 53-bit hash of a string (two 32-bit lanes), as [low 32 bits, high 21 bits]. */
function cyrb53(text: string, seed: number): [number, number] {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, (h2 >>> 0) & 0x1fffff];
}

/** A version-8 UUID (RFC 9562) of four 32-bit words. */
function uuidOfWords(w0: number, w1: number, w2: number, w3: number): string {
  const v1 = ((w1 & 0xffff0fff) | 0x8000) >>> 0;
  const v2 = ((w2 & 0x3fffffff) | 0x80000000) >>> 0;
  return `${hex8(w0)}-${hex4(v1 >>> 16)}-${hex4(v1)}-${hex4(v2 >>> 16)}-${hex4(v2)}${hex8(w3)}`;
}

/**
 * Ids for bulk data sets (the national one: millions of rows), as `idMaker` but a hundred times
 * cheaper, and as deterministic: version-8 UUIDs. Each kind gets a base from uuidFor's SHA-1 of
 * `prefix:kind` (once); a whole-number key goes through a 64-bit Feistel permutation, so distinct
 * numbers of one kind give distinct ids by construction; a text key is hashed (two cyrb53, 106
 * bits). The demo keeps `idMaker` (its ids are fixed).
 */
export function bulkIdMaker(prefix: string): (kind: string, key: string | number) => string {
  const bases = new Map<string, Uint32Array>();
  const baseOf = (kind: string): Uint32Array => {
    let base = bases.get(kind);
    if (!base) {
      const digest = createHash("sha1")
        .update(NAMESPACE)
        .update(`${prefix}:${kind}`, "utf8")
        .digest();
      base = new Uint32Array(8);
      for (let i = 0; i < 5; i++) base[i] = digest.readUInt32BE(i * 4);
      // Round keys of the permutation.
      base[5] = fmix32((base[0] ?? 0) ^ 0x9e3779b9);
      base[6] = fmix32((base[3] ?? 0) ^ 0x7f4a7c15);
      base[7] = fmix32((base[4] ?? 0) ^ 0x94d049bb);
      bases.set(kind, base);
    }
    return base;
  };
  return (kind, key) => {
    const b = baseOf(kind);
    if (typeof key === "number" && Number.isSafeInteger(key) && key >= 0) {
      let left = Math.floor(key / 4294967296) >>> 0;
      let right = key >>> 0;
      for (let round = 0; round < 4; round++) {
        const f = fmix32((right + (b[5 + (round % 3)] ?? 0) + round) >>> 0);
        const next = (left ^ f) >>> 0;
        left = right;
        right = next;
      }
      // The middle words vary too (a function of the permuted key: still one id per key).
      const spread = fmix32(left ^ Math.imul(right, 0x27d4eb2f));
      return uuidOfWords(
        ((b[0] ?? 0) ^ left) >>> 0,
        ((b[1] ?? 0) ^ spread) >>> 0,
        ((b[2] ?? 0) ^ fmix32(spread ^ right)) >>> 0,
        ((b[3] ?? 0) ^ right) >>> 0,
      );
    }
    const text = String(key);
    const [a0, a1] = cyrb53(text, b[4] ?? 0);
    const [c0, c1] = cyrb53(text, b[5] ?? 0);
    return uuidOfWords(
      ((b[0] ?? 0) ^ a0) >>> 0,
      ((b[1] ?? 0) ^ (a1 & 0xfff) ^ ((a1 >>> 12) << 16)) >>> 0,
      ((b[2] ?? 0) ^ c1) >>> 0,
      ((b[3] ?? 0) ^ c0) >>> 0,
    );
  };
}
