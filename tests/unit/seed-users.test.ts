import { describe, expect, it } from "vitest";
import { verify } from "@node-rs/argon2";
import { loadAddressData } from "@/prisma/seed/reference/address-data";
import { DEMO_PASSWORD, DEMO_USERS, hashPassword } from "@/prisma/seed/demo/users";

const data = await loadAddressData();

describe("demo users", () => {
  it("cover every role, with unique usernames", () => {
    const roles = new Set(DEMO_USERS.map((u) => u.role));
    expect(roles).toEqual(
      new Set([
        "MINISTRY_ADMIN",
        "MINISTRY_ANALYST",
        "PROVINCE_ADMIN",
        "PROVINCE_OFFICER",
        "COMMUNE_OFFICER",
      ]),
    );
    expect(new Set(DEMO_USERS.map((u) => u.username)).size).toBe(DEMO_USERS.length);
    expect(DEMO_USERS.every((u) => /^[a-z0-9.]+$/.test(u.username))).toBe(true);
  });

  it("have the scope their role needs, in real units", () => {
    for (const u of DEMO_USERS) {
      if (u.role === "MINISTRY_ADMIN" || u.role === "MINISTRY_ANALYST") {
        expect(u.provinceCode, u.username).toBeUndefined();
        expect(u.communeCode, u.username).toBeUndefined();
        continue;
      }
      expect(
        data.provinces.some((p) => p.code === u.provinceCode),
        u.username,
      ).toBe(true);
      if (u.role === "COMMUNE_OFFICER") {
        const commune = data.communes.find((c) => c.code === u.communeCode);
        expect(commune?.provinceCode, u.username).toBe(u.provinceCode);
      } else {
        expect(u.communeCode, u.username).toBeUndefined();
      }
    }
  });

  it("include province users for Cà Mau and Tuyên Quang and a commune officer of Phường Giá Rai", () => {
    const scopes = DEMO_USERS.map(
      (u) => `${u.role}:${u.provinceCode ?? ""}:${u.communeCode ?? ""}`,
    );
    expect(scopes).toEqual(
      expect.arrayContaining([
        "PROVINCE_ADMIN:96:",
        "PROVINCE_OFFICER:96:",
        "PROVINCE_ADMIN:08:",
        "PROVINCE_OFFICER:08:",
        "COMMUNE_OFFICER:96:31942",
      ]),
    );
  });

  it("share the documented demo password, hashed with argon2id", async () => {
    expect(DEMO_USERS.every((u) => u.password === DEMO_PASSWORD)).toBe(true);
    const hash = await hashPassword(DEMO_PASSWORD);
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verify(hash, DEMO_PASSWORD)).toBe(true);
  });
});
