import { describe, expect, it } from "vitest";
import { enMessages as en, FEATURE_FILES, viMessages as vi } from "@/lib/i18n/catalog";

function keyPaths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keyPaths(child, prefix ? `${prefix}.${key}` : key),
  );
}

function placeholders(message: string): string[] {
  return [...message.matchAll(/\{(\w+)/g)].map((match) => match[1] ?? "").sort();
}

function leaf(messages: unknown, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>(
      (node, key) =>
        typeof node === "object" && node !== null
          ? (node as Record<string, unknown>)[key]
          : undefined,
      messages,
    );
}

describe("messages", () => {
  it("keeps each namespace in one feature file, the same file in both languages", () => {
    for (const locale of ["vi", "en"] as const) {
      const owners = new Map<string, string>();
      for (const [file, messages] of Object.entries(FEATURE_FILES[locale])) {
        for (const namespace of Object.keys(messages)) {
          expect(owners.get(namespace), `${locale}/${file}.json: ${namespace}`).toBeUndefined();
          owners.set(namespace, file);
        }
      }
    }
    const files = (locale: "vi" | "en") =>
      Object.entries(FEATURE_FILES[locale]).map(([file, messages]) => [
        file,
        Object.keys(messages).sort(),
      ]);
    expect(files("en")).toEqual(files("vi"));
  });

  it("has the same keys in Vietnamese and English", () => {
    expect(keyPaths(en).sort()).toEqual(keyPaths(vi).sort());
  });

  it("uses the same placeholders in both languages", () => {
    for (const path of keyPaths(vi)) {
      const viMessage = leaf(vi, path);
      const enMessage = leaf(en, path);
      expect(typeof viMessage, path).toBe("string");
      expect(typeof enMessage, path).toBe("string");
      expect(placeholders(String(enMessage)), path).toEqual(placeholders(String(viMessage)));
    }
  });

  it("stores Vietnamese in NFC, as the database does", () => {
    for (const path of keyPaths(vi)) {
      const message = String(leaf(vi, path));
      expect(message.normalize("NFC"), path).toBe(message);
    }
  });

  it("names the portal and the units in Vietnamese with their diacritics", () => {
    expect(vi.Header.portalName).toBe("Phong trào Toàn dân bảo vệ ANTQ");
    expect(en.Header.portalName).toBe("All-People National Security Movement");
    expect(vi.Units.provinces).toBe("Tỉnh, thành phố");
    expect(vi.Units.communes).toBe("Xã, phường, đặc khu");
    expect(vi.Header.signIn).toBe("Đăng nhập");
    expect(vi.Overview.title).toBe("Tổng quan");
  });
});
