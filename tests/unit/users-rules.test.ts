import { describe, expect, it } from "vitest";
import { passwordProblem } from "@/lib/auth/password-policy";
import { MANAGEABLE_ROLES, type Role } from "@/lib/auth/permissions";
import { generateOneTimePassword } from "@/lib/users/one-time-password";
import { canManage, manageableRoles, usersInScope } from "@/lib/users/rules";

const ROLES = Object.keys(MANAGEABLE_ROLES) as Role[];
// How wide a role's scope is: nobody may create a user who sees more than they do.
const REACH: Record<Role, number> = {
  MINISTRY_ADMIN: 2,
  MINISTRY_ANALYST: 2,
  PROVINCE_ADMIN: 1,
  PROVINCE_OFFICER: 1,
  COMMUNE_OFFICER: 0,
};

describe("who manages whom", () => {
  it("follows MANAGEABLE_ROLES exactly", () => {
    for (const actor of ROLES) {
      for (const target of ROLES) {
        expect(canManage(actor, target), `${actor} → ${target}`).toBe(
          MANAGEABLE_ROLES[actor].includes(target),
        );
      }
      expect(manageableRoles(actor)).toEqual([...MANAGEABLE_ROLES[actor]]);
    }
  });

  it("never lets anyone give a wider scope than their own", () => {
    for (const actor of ROLES) {
      for (const target of manageableRoles(actor))
        expect(REACH[target], `${actor} → ${target}`).toBeLessThanOrEqual(REACH[actor]);
    }
  });

  it("lets a province administrator manage officers and commune officers only, and not other administrators", () => {
    expect(manageableRoles("PROVINCE_ADMIN").sort()).toEqual([
      "COMMUNE_OFFICER",
      "PROVINCE_OFFICER",
    ]);
    expect(manageableRoles("MINISTRY_ANALYST")).toEqual([]);
    expect(manageableRoles("PROVINCE_OFFICER")).toEqual([]);
    expect(manageableRoles("COMMUNE_OFFICER")).toEqual([]);
  });

  it("scopes the users a caller sees by the caller's own scope", () => {
    expect(usersInScope({ level: "NATION" })).toEqual({});
    expect(usersInScope({ level: "PROVINCE", provinceId: 7 })).toEqual({ provinceId: 7 });
    expect(usersInScope({ level: "COMMUNE", provinceId: 7, communeId: 70 })).toEqual({
      provinceId: 7,
      communeId: 70,
    });
  });
});

describe("one-time passwords", () => {
  it("are easy to read out, pass the password policy and do not repeat", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i += 1) {
      const password = generateOneTimePassword();
      expect(password).toMatch(/^[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}$/);
      expect(passwordProblem(password)).toBeNull();
      seen.add(password);
    }
    expect(seen.size).toBe(200);
  });
});
