// Numbers typed on phone keyboards and input methods that send full-width digits ("１２３"), or
// copied with no-break spaces between the thousands, read as the ASCII number in every field that
// takes digits: report values, counts, money, days, citizen IDs and phones (one helper for all).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatVietnameseNumber, parseVietnameseNumber } from "@/lib/reports/vietnamese-number";
import { cleanCitizenId } from "@/lib/rosters/citizen-id";
import { normalisePhone } from "@/lib/rosters/phone";
import {
  asciiDigits,
  calendarDate,
  count,
  integer,
  money,
  wholeNumberDigits,
} from "@/lib/validation/fields";

/** The full-width form of ASCII text ("12.3" → "１２．３"), spaces as the ideographic space. */
const fullWidth = (text: string) =>
  text.replace(/[!-~ ]/gu, (c) =>
    c === " " ? "\u3000" : String.fromCharCode(c.charCodeAt(0) + 0xfee0),
  );

const NBSP = "\u00a0";
const NARROW_NBSP = "\u202f";
const value = fc.integer({ min: 0, max: 999_999_999_999 });
/** How the thousands may be typed: no grouping, dots, spaces, no-break spaces. */
const separator = fc.constantFrom(null, ".", " ", NBSP, NARROW_NBSP, "\u3000", "\uff0e");
const grouped = (n: number, sep: string | null) =>
  sep === null ? String(n) : formatVietnameseNumber(n).replaceAll(".", sep);

describe("asciiDigits", () => {
  it("maps full-width digits, dot, comma, plus and spaces, and NBSP, to ASCII", () => {
    expect(asciiDigits("０１２３４５６７８９")).toBe("0123456789");
    expect(asciiDigits("１．２３４，５")).toBe("1.234,5");
    expect(asciiDigits(`＋８４\u3000９１２${NBSP}３４５${NARROW_NBSP}６７８`)).toBe(
      "+84 912 345 678",
    );
  });

  it("leaves ASCII and Vietnamese text as it is", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-ascii" }), (text) => {
        expect(asciiDigits(text)).toBe(text);
      }),
    );
    expect(asciiDigits("Số liệu Quý I/2027")).toBe("Số liệu Quý I/2027");
  });

  it("is not NFKC: circled, superscript and fraction digits stay what they are", () => {
    expect(asciiDigits("①²½")).toBe("①²½");
    expect(wholeNumberDigits("①")).toBeNull();
    expect(parseVietnameseNumber("²")).toEqual({ ok: false, problem: "notNumber" });
  });
});

describe("a report value", () => {
  it("reads any whole number typed in full-width digits, grouped any way, as the number", () => {
    fc.assert(
      fc.property(value, separator, fc.boolean(), (n, sep, wide) => {
        const typed = grouped(n, sep);
        expect(parseVietnameseNumber(wide ? fullWidth(typed) : typed)).toEqual({
          ok: true,
          value: n,
        });
      }),
    );
    expect(parseVietnameseNumber("１２３")).toEqual({ ok: true, value: 123 });
    expect(parseVietnameseNumber("１．２３４")).toEqual({ ok: true, value: 1234 });
    expect(parseVietnameseNumber(`\u3000１${NBSP}２３４\u3000`)).toEqual({ ok: true, value: 1234 });
  });

  it("still refuses a decimal, a sign or letters, full-width or not", () => {
    expect(parseVietnameseNumber("１，５")).toEqual({ ok: false, problem: "notWhole" });
    expect(parseVietnameseNumber("１．５")).toEqual({ ok: false, problem: "notWhole" });
    expect(parseVietnameseNumber("－５")).toEqual({ ok: false, problem: "negative" });
    expect(parseVietnameseNumber("１２ａ")).toEqual({ ok: false, problem: "notNumber" });
    expect(parseVietnameseNumber("")).toEqual({ ok: true, value: null });
    expect(parseVietnameseNumber(`${NBSP}\u3000`)).toEqual({ ok: true, value: null });
  });
});

describe("the number building blocks", () => {
  it("count() reads full-width digits and Vietnamese thousands: 1.522, 1 522, １．５２２", () => {
    const households = count({ max: 100_000 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), separator, fc.boolean(), (n, sep, wide) => {
        const typed = grouped(n, sep);
        expect(households.safeParse(wide ? fullWidth(typed) : typed).data).toBe(n);
      }),
    );
    expect(households.safeParse("1.5").success).toBe(false);
    expect(households.safeParse("1,522").success).toBe(false);
    expect(households.safeParse("1.52").success).toBe(false);
  });

  it("integer() takes full-width digits but, for ids and years, no grouping", () => {
    const year = integer({ min: 1990, max: 2100 });
    expect(year.safeParse("２０２４").data).toBe(2024);
    expect(year.safeParse("2.024").success).toBe(false);
  });

  it("money() reads full-width and no-break-space grouped amounts", () => {
    const amount = money();
    expect(amount.safeParse("１．５００．０００").data).toBe(1_500_000n);
    expect(amount.safeParse(`1${NBSP}500${NBSP}000`).data).toBe(1_500_000n);
    expect(amount.safeParse(`1${NARROW_NBSP}500`).data).toBe(1500n);
    expect(amount.safeParse("1,5").success).toBe(false);
  });

  it("calendarDate() reads a day typed in full-width digits", () => {
    expect(calendarDate().safeParse("２４／１１／２０２６").data).toBe("2026-11-24");
  });
});

describe("citizen ID and phone", () => {
  it("clean a citizen ID typed in full-width digits to the same 12 digits", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{12}$/u), fc.boolean(), (id, spaced) => {
        const typed = spaced ? `${id.slice(0, 3)} ${id.slice(3, 6)} ${id.slice(6)}` : id;
        expect(cleanCitizenId(fullWidth(typed))).toBe(id);
      }),
    );
    expect(cleanCitizenId(`０３４${NBSP}０９５${NARROW_NBSP}０１２３４５`)).toBe("034095012345");
  });

  it("read a mobile number typed in full-width digits as the ASCII one", () => {
    expect(normalisePhone("０９１２　３４５　６７８")).toBe("+84912345678");
    expect(normalisePhone("＋８４ ９１２ ３４５ ６７８")).toBe("+84912345678");
    expect(normalisePhone(`0912${NBSP}345${NARROW_NBSP}678`)).toBe("+84912345678");
    expect(normalisePhone("０９１２．３４５．６７８")).toBe("+84912345678");
    expect(normalisePhone("①⑨")).toBeNull();
  });
});
