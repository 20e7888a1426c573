import { describe, expect, it } from "vitest";
import { safeNextPath } from "@/lib/auth/safe-next";
import type { z } from "zod";
import {
  calendarDate,
  count,
  flag,
  freeText,
  intId,
  money,
  oneOf,
  optional,
  personName,
  readSearchParam,
  searchQuery,
  secret,
  shortText,
  single,
  timestamp,
  username,
  uuidId,
} from "@/lib/validation/fields";

// The building blocks of every schema, fed the hostile list. Each refusal is a message key of the
// "Errors" namespace (the guard translates it), never a thrown error.

/** The message keys a schema answers `value` with, or "ok: <output>" when it accepts it. */
function verdict(schema: z.ZodType, value: unknown): string {
  const result = schema.safeParse(value);
  if (result.success) return `ok: ${String(result.data)}`;
  return result.error.issues.map((issue) => issue.message).join(" | ");
}

export const HOSTILE_TEXT: [label: string, value: unknown][] = [
  ["NUL", "\u0000"],
  ["NUL inside", "Nguyễn\u0000Văn"],
  ["bell", "ab\u0007"],
  ["escape", "\u001b[31mred"],
  ["DEL", "ab\u007f"],
  ["C1 control", "ab\u0085"],
  ["lone high surrogate", "\uD800"],
  ["lone low surrogate", "a\uDC00b"],
  ["zero-width spaces only", "\u200B\u200B"],
  ["BOM only", "\uFEFF"],
  ["right-to-left override", "\u202Eabc"],
  ["zero-width joiner inside", "Ng\u200Duyễn"],
  ["isolate", "a\u2066b\u2069"],
  ["2 MB", "a".repeat(2_000_000)],
  ["array", ["a", "b"]],
  ["object", {}],
  ["number", 5],
  ["null", null],
];

describe("personName", () => {
  const name = personName();

  it("keeps a Vietnamese name in NFC with single spaces", () => {
    const result = name.parse("  Nguyễn   Thị\tÁnh ".normalize("NFD"));
    expect(result).toBe("Nguyễn Thị Ánh".normalize("NFC"));
    expect(result.normalize("NFC")).toBe(result);
  });

  it.each(HOSTILE_TEXT)("refuses %s with a message", (_label, value) => {
    const result = name.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/^Errors\.\w+$/);
  });

  it.each([
    ["\u0000", "Errors.inputControlCharacters"],
    ["\uD800", "Errors.inputBrokenCharacters"],
    ["\u200B\u200B", "Errors.fullNameRequired"],
    ["  \uFEFF ", "Errors.fullNameRequired"],
    ["\u202Eabc", "Errors.inputInvisibleCharacters"],
    ["Ng\u200Buyễn", "Errors.inputInvisibleCharacters"],
    ["a".repeat(2_000_000), "Errors.inputTooLong"],
    ["a".repeat(121), "Errors.inputTooLong"],
    ["...", "Errors.inputNameLetters"],
    ["", "Errors.fullNameRequired"],
    [["a", "b"], "Errors.inputNotText"],
    [{}, "Errors.inputNotText"],
  ])("answers %j with %s", (value, key) => {
    expect(verdict(name, value)).toBe(key);
  });

  it("counts the length after normalisation: 120 decomposed letters are 120 letters", () => {
    const decomposed = "ệ".repeat(120).normalize("NFD");
    expect(decomposed.length).toBe(360);
    expect(name.parse(decomposed)).toBe("ệ".repeat(120));
  });

  it("says how long it may be, for the message's {max}", () => {
    const issue = name.safeParse("a".repeat(200)).error?.issues[0];
    expect(issue).toMatchObject({ code: "custom", params: { max: 120 } });
  });
});

describe("shortText and freeText", () => {
  it("short text makes tab and line breaks one space; free text keeps lines", () => {
    expect(shortText({ max: 50 }).parse(" a\tb\r\nc ")).toBe("a b c");
    expect(freeText({ max: 50 }).parse(" dòng một\r\n\tdòng hai \n")).toBe("dòng một\n\tdòng hai");
  });

  it.each(HOSTILE_TEXT)("free text refuses %s", (_label, value) => {
    expect(freeText({ max: 1000 }).safeParse(value).success).toBe(false);
  });

  it("free text still refuses a NUL and a vertical tab between its lines", () => {
    expect(verdict(freeText({ max: 50 }), "a\n\u0000")).toBe("Errors.inputControlCharacters");
    expect(verdict(freeText({ max: 50 }), "a\u000bb")).toBe("Errors.inputControlCharacters");
  });

  it("accepts emoji and other well-formed astral characters", () => {
    expect(shortText({ max: 10 }).parse("Đội 👮 1")).toBe("Đội 👮 1");
  });
});

describe("username", () => {
  it("lower-cases and trims", () => {
    expect(username().parse("  CaMau.QuanTri ")).toBe("camau.quantri");
  });

  it.each([...HOSTILE_TEXT, ["accented", "nguyễn"], ["space", "a b c"], ["too short", "ab"]])(
    "refuses %s with the format message",
    (_label, value) => {
      expect(verdict(username(), value)).toBe("Errors.usernameFormat");
    },
  );
});

describe("secret (passwords)", () => {
  it("keeps a password exactly as typed: no trim, no normalisation", () => {
    const typed = "  Mật khẩu ".normalize("NFD");
    expect(secret({ max: 256 }).parse(typed)).toBe(typed);
  });

  it.each([
    ["\u0000", "Errors.inputControlCharacters"],
    ["ab\uD800", "Errors.inputBrokenCharacters"],
    ["a".repeat(2_000_000), "Errors.inputTooLong"],
    ["", "Errors.required"],
    [["a", "b"], "Errors.inputNotText"],
  ])("answers %j with %s", (value, key) => {
    expect(verdict(secret({ max: 256 }), value)).toBe(key);
  });
});

const HOSTILE_NUMBERS: [unknown, string][] = [
  ["99999999999", "Errors.inputOutOfRange"],
  ["2147483648", "Errors.inputOutOfRange"],
  [2_147_483_648, "Errors.inputOutOfRange"],
  ["99999999999999999999999", "Errors.inputNotInteger"],
  ["0x10", "Errors.inputNotInteger"],
  ["1e3", "Errors.inputNotInteger"],
  ["+5", "Errors.inputNotInteger"],
  ["-5", "Errors.inputNotInteger"],
  ["1.0", "Errors.inputNotInteger"],
  ["1,5", "Errors.inputNotInteger"],
  ["٣", "Errors.inputNotInteger"], // an Arabic-Indic digit: \d is ASCII only
  ["", "Errors.inputNotInteger"],
  ["\u0000", "Errors.inputNotInteger"],
  [1.5, "Errors.inputNotInteger"],
  [Number.NaN, "Errors.inputNotInteger"],
  [Infinity, "Errors.inputNotInteger"],
  [["1", "2"], "Errors.inputMultipleValues"],
  [["1"], "Errors.inputMultipleValues"],
  [{}, "Errors.inputNotInteger"],
  [null, "Errors.inputNotInteger"],
  [true, "Errors.inputNotInteger"],
];

describe("count", () => {
  it.each([
    ["0", 0],
    [" 5 ", 5],
    ["007", 7],
    ["2147483647", 2_147_483_647],
    [42, 42],
  ])("reads %j as %d", (value, expected) => {
    expect(count().parse(value)).toBe(expected);
  });

  it.each(HOSTILE_NUMBERS)("refuses %j (%s)", (value, key) => {
    expect(verdict(count(), value)).toBe(key);
  });

  it("gives the range for the message", () => {
    expect(count().safeParse("99999999999").error?.issues[0]).toMatchObject({
      params: { min: 0, max: 2_147_483_647 },
    });
  });
});

describe("ids", () => {
  it("an int id is 1 … 2,147,483,647, with its own message", () => {
    expect(intId().parse("31942")).toBe(31942);
    expect(verdict(intId("provinceRequired"), "0")).toBe("Errors.provinceRequired");
    expect(verdict(intId("provinceRequired"), "99999999999")).toBe("Errors.provinceRequired");
    expect(verdict(intId("provinceRequired"), "0x10")).toBe("Errors.provinceRequired");
  });

  it("a uuid id refuses anything but a uuid", () => {
    const id = "0198a3b4-1111-7222-8333-444455556666";
    expect(uuidId().parse(id)).toBe(id);
    for (const value of ["\u0000", "1", [id, id], {}, `${id}\u0000`, "a".repeat(2_000_000)])
      expect(verdict(uuidId(), value)).toBe("Errors.inputNotId");
  });
});

describe("money (whole đồng)", () => {
  it.each([
    ["1500000", 1_500_000n],
    ["1.500.000", 1_500_000n],
    ["1 500 000", 1_500_000n],
    ["0", 0n],
    ["9223372036854775807", 9_223_372_036_854_775_807n],
    [2500, 2500n],
  ])("reads %j", (value, expected) => {
    expect(money().parse(value)).toBe(expected);
  });

  it.each([
    ["9223372036854775808", "Errors.inputOutOfRange"],
    ["1.5", "Errors.inputNotMoney"],
    ["1,500", "Errors.inputNotMoney"],
    ["1.50.000", "Errors.inputNotMoney"],
    ["0x10", "Errors.inputNotMoney"],
    ["1e3", "Errors.inputNotMoney"],
    ["-5", "Errors.inputNotMoney"],
    [-5, "Errors.inputOutOfRange"],
    [0.5, "Errors.inputNotMoney"],
    [["1", "2"], "Errors.inputMultipleValues"],
    [{}, "Errors.inputNotMoney"],
  ])("refuses %j (%s)", (value, key) => {
    expect(verdict(money(), value)).toBe(key);
  });
});

describe("calendarDate", () => {
  it.each([
    ["24/11/2026", "2026-11-24"],
    ["1/2/2026", "2026-02-01"],
    ["24.11.2026", "2026-11-24"],
    ["2026-11-24", "2026-11-24"],
    ["29/02/2024", "2024-02-29"],
  ])("reads %j as %s", (value, expected) => {
    expect(calendarDate().parse(value)).toBe(expected);
  });

  it.each([
    "31/02/2026",
    "29/02/2026",
    "00/01/2026",
    "2026-13-01",
    "24/11/10000",
    "24/11/0001",
    "1e3",
    "99999999999",
    "\u0000",
    "a".repeat(2_000_000),
  ])("refuses %j", (value) => {
    expect(verdict(calendarDate(), value)).toBe("Errors.inputNotDate");
  });

  it("refuses an array", () => {
    expect(verdict(calendarDate(), ["24/11/2026"])).toBe("Errors.inputMultipleValues");
  });
});

describe("timestamp (a row's version)", () => {
  it("takes an ISO timestamp or a Date", () => {
    const at = new Date("2026-11-24T03:00:00.000Z");
    expect(timestamp().parse(at.toISOString())).toEqual(at);
    expect(timestamp().parse(at)).toEqual(at);
  });

  it.each(
    ["1e3", "99999999999", "0", "", "2026-11-24", "\u0000", {}, 0, new Date(Number.NaN)].map(
      (value) => [value],
    ),
  )("refuses %j, which z.coerce.date() would have made a date of", (value) => {
    expect(verdict(timestamp(), value)).toBe("Errors.inputNotTimestamp");
  });
});

describe("oneOf, flag, optional, single", () => {
  it("oneOf takes a listed value only", () => {
    const role = oneOf(["A", "B"]);
    expect(role.parse("A")).toBe("A");
    for (const value of ["C", "a", "", "\u0000", ["A", "B"], {}])
      expect(role.safeParse(value).success).toBe(false);
  });

  it("flag takes yes/no words and booleans, nothing else", () => {
    expect(flag().parse("false")).toBe(false);
    expect(flag().parse("on")).toBe(true);
    expect(flag().parse(true)).toBe(true);
    for (const value of ["\u200B\u200B", "yes please", ["true"], {}, 1])
      expect(flag().safeParse(value).success).toBe(false);
  });

  it("optional reads an empty input as absent, and checks anything else", () => {
    const id = optional(intId());
    expect(id.parse("")).toBeUndefined();
    expect(id.parse("  ")).toBeUndefined();
    expect(id.parse(null)).toBeUndefined();
    expect(id.parse(undefined)).toBeUndefined();
    expect(id.parse("7")).toBe(7);
    expect(verdict(id, "99999999999")).toBe("Errors.inputNotId");
  });

  it("single refuses an array where one value is expected", () => {
    expect(verdict(single(shortText({ max: 5 })), ["a"])).toBe("Errors.inputMultipleValues");
    expect(single(shortText({ max: 5 })).parse("a")).toBe("a");
  });
});

describe("searchQuery and readSearchParam (a page's query string)", () => {
  it("drops invisible characters and reads an empty search as none", () => {
    expect(searchQuery().parse("  Ng\u200Buyễn ")).toBe("Nguyễn");
    expect(searchQuery().parse("\u200B\u200B")).toBeUndefined();
  });

  it.each([
    ["NUL", "\u0000"],
    ["lone surrogate", "\uD800"],
    ["2 MB", "a".repeat(2_000_000)],
    ["101 characters", "a".repeat(101)],
    ["array", ["a", "b"]],
  ])("refuses %s: the page reports it and goes on", (_label, value) => {
    const read = readSearchParam({ q: value }, "q", searchQuery());
    expect(read).toEqual({ value: undefined, invalid: true });
  });

  it("leaves out an absent or blank parameter without complaint", () => {
    expect(readSearchParam({}, "q", searchQuery())).toEqual({ value: undefined, invalid: false });
    expect(readSearchParam({ q: " " }, "q", searchQuery())).toEqual({
      value: undefined,
      invalid: false,
    });
  });
});

describe("safeNextPath (the sign-in page's ?next=)", () => {
  it.each([
    ["/vi/users", "/vi/users"],
    ["/vi/users/%C3%A1", "/vi/users/%C3%A1"],
    ["/vi/\u0000", "/vi"],
    ["/vi/ậ", "/vi"],
    ["/vi/a b", "/vi"],
    ["/vi/\uD800", "/vi"],
    [["/vi/users", "/vi/audit"], "/vi"],
    ["//evil.example", "/vi"],
    [`/vi/${"a".repeat(2_000)}`, "/vi"],
  ])("%j → %s", (next, expected) => {
    expect(safeNextPath(next, "vi")).toBe(expected);
  });
});
