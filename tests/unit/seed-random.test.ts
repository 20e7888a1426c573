import { describe, expect, it } from "vitest";
import { bulkIdMaker, slugify, uuidFor } from "@/prisma/seed/generators/ids";
import { createRng } from "@/prisma/seed/generators/random";

describe("createRng", () => {
  it("gives the same sequence for the same seed", () => {
    const a = createRng("seed");
    const b = createRng("seed");
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(
      Array.from({ length: 5 }, () => b.next()),
    );
  });

  it("draws floats in [0, 1) and integers in the closed range", () => {
    const rng = createRng("range");
    for (let i = 0; i < 10_000; i++) {
      const x = rng.next();
      expect(x >= 0 && x < 1).toBe(true);
      const n = rng.int(-2, 3);
      expect(Number.isInteger(n) && n >= -2 && n <= 3).toBe(true);
    }
    const seen = new Set(Array.from({ length: 1000 }, () => rng.int(1, 6)));
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("forks streams that do not depend on how much the parent drew", () => {
    const a = createRng("parent");
    const b = createRng("parent");
    b.next();
    b.next();
    expect(a.fork("child").next()).toBe(b.fork("child").next());
    expect(a.fork("child").next()).not.toBe(a.fork("other").next());
  });

  it("samples distinct items and shuffles without losing any", () => {
    const rng = createRng("sample");
    const items = Array.from({ length: 64 }, (_, i) => i);
    const sample = rng.sample(items, 57);
    expect(new Set(sample).size).toBe(57);
    expect([...rng.shuffle(items)].sort((x, y) => x - y)).toEqual(items);
    expect(() => rng.sample(items, 65)).toThrow(RangeError);
    expect(() => rng.pick([])).toThrow(RangeError);
  });

  it("draws by weight", () => {
    const rng = createRng("weights");
    const counts = { a: 0, b: 0 };
    for (let i = 0; i < 10_000; i++)
      counts[
        rng.weighted([
          ["a", 9],
          ["b", 1],
        ] as const)
      ]++;
    expect(counts.a / 10_000).toBeGreaterThan(0.87);
    expect(counts.a / 10_000).toBeLessThan(0.93);
  });
});

describe("uuidFor", () => {
  it("is a stable RFC 9562 version 5 UUID per key", () => {
    const id = uuidFor("bl:point:0");
    expect(id).toBe(uuidFor("bl:point:0"));
    expect(id).not.toBe(uuidFor("bl:point:1"));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe("bulkIdMaker", () => {
  const V8 = /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it("gives the same RFC 9562 version 8 UUID for the same prefix, kind and key", () => {
    const a = bulkIdMaker("national:1:Cà Mau");
    const b = bulkIdMaker("national:1:Cà Mau");
    for (const key of [0, 1, 41, 2 ** 40, "2025-Q1:point:7", ""]) {
      expect(a("person", key)).toMatch(V8);
      expect(a("person", key)).toBe(b("person", key));
    }
    expect(a("person", 0)).not.toBe(a("membership", 0));
    expect(a("person", 0)).not.toBe(bulkIdMaker("national:2:Cà Mau")("person", 0));
    expect(a("person", 7)).not.toBe(a("person", "7x"));
  });

  it("never repeats an id over numbers and text keys of several kinds", () => {
    const id = bulkIdMaker("national:1:test");
    const seen = new Set<string>();
    for (let i = 0; i < 150_000; i++) {
      seen.add(id("person", i));
      seen.add(id("membership", i));
    }
    for (let i = 0; i < 50_000; i++) seen.add(id("report", `point:${i % 5000}:${i}`));
    expect(seen.size).toBe(350_000);
  });
});

describe("slugify", () => {
  it("makes ASCII codes from Vietnamese names", () => {
    expect(slugify("Tổ tuần tra nhân dân")).toBe("to-tuan-tra-nhan-dan");
    expect(slugify("Đội thanh niên xung kích an ninh ấp")).toBe(
      "doi-thanh-nien-xung-kich-an-ninh-ap",
    );
    expect(
      slugify("Câu lạc bộ phụ nữ giúp nhau phát triển kinh tế gắn với an ninh trật tự").length,
    ).toBeLessThanOrEqual(60);
  });
});
