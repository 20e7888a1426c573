import { describe, expect, it } from "vitest";
import {
  changeOwnPasswordSchema,
  createUserSchema,
  setUserActiveSchema,
  updateUserSchema,
} from "@/lib/users/schemas";

// The guard turns each "Errors.<key>" message into the user's language; here the keys themselves.
function issues(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return Object.fromEntries(
    (result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]),
  );
}

const ID = "0198a3b4-1111-7222-8333-444455556666";

describe("createUserSchema", () => {
  it("lower-cases and trims the username, and stores the full name in NFC with single spaces", () => {
    const parsed = createUserSchema.parse({
      username: "  CaMau.Nguyen_Van-An ",
      fullName: "  Nguyễn   Văn  Ân ".normalize("NFD"),
      role: "COMMUNE_OFFICER",
      provinceId: "",
      communeId: "31942",
    });
    expect(parsed).toEqual({
      username: "camau.nguyen_van-an",
      fullName: "Nguyễn Văn Ân".normalize("NFC"),
      role: "COMMUNE_OFFICER",
      communeId: 31942,
    });
    expect(parsed.fullName.normalize("NFC")).toBe(parsed.fullName);
  });

  it.each(["ab", "a".repeat(41), "nguyễn", "has space", "semi;colon", ""])(
    "refuses the username %j",
    (username) => {
      const result = createUserSchema.safeParse({
        username,
        fullName: "Tên",
        role: "PROVINCE_OFFICER",
      });
      expect(issues(result)).toEqual({ username: "Errors.usernameFormat" });
    },
  );

  it("refuses an empty or too long name, an unknown role and a commune that is not a number", () => {
    const result = createUserSchema.safeParse({
      username: "abc",
      fullName: "   ",
      role: "KING",
      communeId: "Giá Rai",
    });
    expect(issues(result)).toEqual({
      fullName: "Errors.fullNameRequired",
      role: "Errors.roleNotAllowed",
      communeId: "Errors.communeRequired",
    });
    const long = createUserSchema.safeParse({
      username: "abc",
      fullName: "A".repeat(121),
      role: "PROVINCE_OFFICER",
    });
    expect(issues(long)).toEqual({ fullName: "Errors.fullNameTooLong" });
  });

  it("reports every missing field at once", () => {
    expect(issues(createUserSchema.safeParse({}))).toEqual({
      username: "Errors.usernameFormat",
      fullName: "Errors.fullNameRequired",
      role: "Errors.roleNotAllowed",
    });
  });
});

describe("updateUserSchema and setUserActiveSchema", () => {
  it("reads the version and the ids sent by a form", () => {
    const parsed = updateUserSchema.parse({
      id: ID,
      fullName: "Lê Văn Bình",
      role: "PROVINCE_ADMIN",
      provinceId: "12",
      version: "7",
    });
    expect(parsed).toMatchObject({
      id: ID,
      provinceId: 12,
      version: 7,
    });
    expect(parsed.communeId).toBeUndefined();
  });

  it("refuses an id that is not a user id and a missing version", () => {
    expect(
      issues(
        updateUserSchema.safeParse({
          id: "1 OR 1=1",
          fullName: "A",
          role: "PROVINCE_OFFICER",
          version: "x",
        }),
      ),
    ).toEqual({
      id: "Errors.notFound",
      version: "Errors.conflict",
    });
  });

  it("reads active from a button's text value", () => {
    expect(setUserActiveSchema.parse({ id: ID, active: "false" })).toEqual({
      id: ID,
      active: false,
    });
    expect(setUserActiveSchema.parse({ id: ID, active: "true" })).toEqual({ id: ID, active: true });
    expect(issues(setUserActiveSchema.safeParse({ id: ID, active: "maybe" }))).toEqual({
      active: "Errors.required",
    });
  });
});

describe("changeOwnPasswordSchema", () => {
  const ok = {
    currentPassword: "anything",
    newPassword: "Mot-cau-rat-dai-2025",
    confirmPassword: "Mot-cau-rat-dai-2025",
  };

  it("accepts a long, uncommon password typed twice", () => {
    expect(changeOwnPasswordSchema.parse(ok)).toEqual(ok);
  });

  it.each([
    ["short", "Ngan-9", "Errors.passwordTooShort"],
    ["common", "password123", "Errors.passwordCommon"],
    ["common in Vietnam", "matkhau123", "Errors.passwordCommon"],
    ["one character repeated", "aaaaaaaaaaaa", "Errors.passwordCommon"],
    ["too long", "x".repeat(60) + "y".repeat(69), "Errors.passwordTooLong"],
  ])("refuses a %s password on the new password field", (_name, password, key) => {
    expect(
      issues(
        changeOwnPasswordSchema.safeParse({
          ...ok,
          newPassword: password,
          confirmPassword: password,
        }),
      ),
    ).toEqual({
      newPassword: key,
    });
  });

  it("puts a mismatch on the second field, beside the other errors", () => {
    expect(
      issues(
        changeOwnPasswordSchema.safeParse({
          currentPassword: "",
          newPassword: "short",
          confirmPassword: "other",
        }),
      ),
    ).toEqual({
      currentPassword: "Errors.required",
      newPassword: "Errors.passwordTooShort",
      confirmPassword: "Errors.passwordMismatch",
    });
  });
});
