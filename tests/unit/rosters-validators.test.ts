import { describe, expect, it } from "vitest";
import { ageOn, outsideMemberAge } from "@/lib/rosters/age";
import {
  CITIZEN_ID_PROVINCE_CODES,
  citizenIdProblems,
  cleanCitizenId,
  decodeCitizenId,
  expectedCenturyDigit,
  maskCitizenId,
} from "@/lib/rosters/citizen-id";
import { formatPhone, maskPhone, normalisePhone } from "@/lib/rosters/phone";
import { searchKey } from "@/lib/search/search-key";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("citizen ID (CCCD)", () => {
  // 095 Bạc Liêu, 0 = man born 1900–1999, 65 = 1965.
  const man1965 = { gender: "MALE" as const, birthDate: d("1965-04-20") };

  it("accepts a correct number", () => {
    expect(citizenIdProblems("095065001234", man1965)).toEqual([]);
    expect(
      citizenIdProblems("096304001234", { gender: "FEMALE", birthDate: d("2004-01-31") }),
    ).toEqual([]);
  });

  it("removes the spaces, dots and dashes people type between groups", () => {
    expect(cleanCitizenId(" 095 065 001 234 ")).toBe("095065001234");
    expect(cleanCitizenId("095.065.001.234")).toBe("095065001234");
    expect(cleanCitizenId("095-065-001234")).toBe("095065001234");
    // Full-width digits pasted from a document.
    expect(cleanCitizenId("０９５０６５００１２３４")).toBe("095065001234");
    // A spreadsheet's mark of a number typed as text.
    expect(cleanCitizenId("'095065001234")).toBe("095065001234");
    expect(citizenIdProblems(cleanCitizenId("095 065.001 234"), man1965)).toEqual([]);
  });

  it("refuses anything but 12 digits", () => {
    for (const bad of ["", "09506500123", "0950650012345", "09506500123A", "095 065 001 234"])
      expect(citizenIdProblems(bad, man1965), bad).toEqual(["citizenIdFormat"]);
  });

  it("refuses an unknown province code", () => {
    expect(citizenIdProblems("003065001234", man1965)).toEqual(["citizenIdProvince"]);
    expect(citizenIdProblems("099065001234", man1965)).toEqual(["citizenIdProvince"]);
    expect(citizenIdProblems("000065001234", man1965)).toEqual(["citizenIdProvince"]);
  });

  it("knows the 63 birth-registration provinces' codes", () => {
    expect(CITIZEN_ID_PROVINCE_CODES.size).toBe(63);
    for (const code of ["001", "002", "008", "079", "083", "092", "094", "095", "096"])
      expect(CITIZEN_ID_PROVINCE_CODES.has(code), code).toBe(true);
  });

  it("refuses a fourth digit that says the other gender", () => {
    expect(citizenIdProblems("095165001234", man1965)).toEqual(["citizenIdGender"]);
    expect(
      citizenIdProblems("095065001234", { gender: "FEMALE", birthDate: d("1965-04-20") }),
    ).toEqual(["citizenIdGender"]);
  });

  it("refuses a fourth digit of the wrong century for the birth year", () => {
    // A man born 1965 with the digit of men born 2000–2099.
    expect(citizenIdProblems("095265001234", man1965)).toEqual(["citizenIdCentury"]);
    // A woman born 2004 with the digit of women born 1900–1999.
    expect(
      citizenIdProblems("096104001234", { gender: "FEMALE", birthDate: d("2004-01-31") }),
    ).toEqual(["citizenIdCentury"]);
    // Wrong gender and wrong century at once: both are named.
    expect(citizenIdProblems("095365001234", man1965)).toEqual([
      "citizenIdGender",
      "citizenIdCentury",
    ]);
  });

  it("refuses digits 5–6 that are not the birth year's last two", () => {
    expect(citizenIdProblems("095066001234", man1965)).toEqual(["citizenIdBirthYear"]);
  });

  it("checks only what is known of the person", () => {
    expect(citizenIdProblems("095165001234", {})).toEqual([]);
    expect(citizenIdProblems("095165001234", { gender: "FEMALE" })).toEqual([]);
    expect(citizenIdProblems("095065001234", { birthDate: d("1966-01-01") })).toEqual([
      "citizenIdBirthYear",
    ]);
  });

  it("decodes century and gender from digit 4", () => {
    expect(decodeCitizenId("095065001234")).toEqual({ gender: "MALE", birthYear: 1965 });
    expect(decodeCitizenId("095104001234")).toEqual({ gender: "FEMALE", birthYear: 1904 });
    expect(decodeCitizenId("095304001234")).toEqual({ gender: "FEMALE", birthYear: 2004 });
    expect(decodeCitizenId("095899001234")).toEqual({ gender: "MALE", birthYear: 2399 });
    expect(decodeCitizenId("09506500123")).toBeNull();
    expect(expectedCenturyDigit("MALE", 1965)).toBe(0);
    expect(expectedCenturyDigit("FEMALE", 2004)).toBe(3);
    expect(expectedCenturyDigit("MALE", 1850)).toBeNull();
  });

  it("masks all but the last four digits", () => {
    expect(maskCitizenId("095065001234")).toBe("••••••••1234");
    expect(maskCitizenId("095065001234")).not.toContain("0650");
  });
});

describe("Vietnamese mobile numbers", () => {
  it.each([
    "0912345678",
    "0912 345 678",
    "0912.345.678",
    "0912-345-678",
    "+84 912 345 678",
    "+84912345678",
    "84912345678",
    "(+84) 912-345-678",
    "+84 (0) 912 345 678",
    "+840912345678",
    "0084 912 345 678",
    " 0912 345 678 ",
    "０９１２３４５６７８",
    "'0912345678",
  ])("accepts %s and stores +84912345678", (typed) => {
    expect(normalisePhone(typed)).toBe("+84912345678");
  });

  it("accepts every network's prefixes", () => {
    for (const n of [
      "0326123456",
      "0398123456",
      "0523123456",
      "0589123456",
      "0706123456",
      "0779123456",
      "0812123456",
      "0888123456",
      "0901123456",
      "0999123456",
    ])
      expect(normalisePhone(n), n).toBe(`+84${n.slice(1)}`);
  });

  it.each([
    "",
    "091234567", // 9 digits
    "09123456789", // 11 digits
    "912345678", // no leading 0
    "0212345678", // landline area code
    "0312345678", // 031 was never given to mobiles
    "0112345678",
    "+1 912 345 678",
    "0912 345 67a",
  ])("refuses %s", (typed) => {
    expect(normalisePhone(typed)).toBeNull();
  });

  it("shows a stored number as Vietnamese write it, or masked to its last four digits", () => {
    expect(formatPhone("+84912345678")).toBe("0912 345 678");
    expect(formatPhone("0912345678")).toBe("0912 345 678");
    expect(maskPhone("+84912345678")).toBe("•••• ••5 678");
    expect(maskPhone("+84912345678")).not.toContain("1234");
  });
});

describe("age of grassroots security team members (18–70)", () => {
  it("counts whole years, the birthday itself included", () => {
    expect(ageOn(d("2008-04-20"), d("2026-04-19"))).toBe(17);
    expect(ageOn(d("2008-04-20"), d("2026-04-20"))).toBe(18);
    expect(ageOn(d("1955-12-31"), d("2026-01-01"))).toBe(70);
  });

  it("warns below 18 and above 70, not at 18 or at 70", () => {
    expect(outsideMemberAge(d("2008-04-20"), d("2026-04-19"))).toBe(true); // 17
    expect(outsideMemberAge(d("2008-04-20"), d("2026-04-20"))).toBe(false); // 18 today
    expect(outsideMemberAge(d("1956-04-20"), d("2026-04-20"))).toBe(false); // 70 today
    expect(outsideMemberAge(d("1956-04-20"), d("2027-04-19"))).toBe(false); // still 70
    expect(outsideMemberAge(d("1956-04-20"), d("2027-04-20"))).toBe(true); // 71
  });

  it("treats a 29 February birthday as reached on 1 March", () => {
    expect(ageOn(d("2008-02-29"), d("2026-02-28"))).toBe(17);
    expect(ageOn(d("2008-02-29"), d("2026-03-01"))).toBe(18);
  });
});

describe("search key", () => {
  it("drops diacritics and case, đ included, and collapses spaces", () => {
    expect(searchKey("Câu lạc bộ 3 tích cực")).toBe("cau lac bo 3 tich cuc");
    expect(searchKey("Cựu chiến binh")).toBe("cuu chien binh");
    expect(searchKey("ĐOÀN  Thị   Đào ")).toBe("doan thi dao");
    // The same key for a name typed in NFD (decomposed), as some Excel files hold it.
    expect(searchKey("Nguyễn Văn Ân".normalize("NFD"))).toBe(searchKey("Nguyễn Văn Ân"));
  });
});
