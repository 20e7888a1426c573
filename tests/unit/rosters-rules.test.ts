import { describe, expect, it } from "vitest";
import {
  checkPerson,
  duplicateKey,
  isOneLeaderViolation,
  isPossibleDuplicate,
  needsAgeConfirmation,
  normalisePersonName,
  teamsWithSeveralLeaders,
} from "@/lib/rosters/rules";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const TODAY = d("2026-12-01");

describe("checkPerson", () => {
  it("cleans a correct person: NFC name, 12-digit ID, E.164 phone", () => {
    expect(
      checkPerson(
        {
          fullName: "  Nguyễn   Văn Ân ".normalize("NFD"),
          gender: "MALE",
          birthDate: d("1965-04-20"),
          citizenId: "095.065.001.234",
          phone: "0912.345.678",
        },
        TODAY,
      ),
    ).toEqual({
      fullName: "Nguyễn Văn Ân",
      citizenId: "095065001234",
      phone: "+84912345678",
      problems: {},
    });
  });

  it("names each field's problem", () => {
    const checked = checkPerson(
      {
        fullName: " ",
        gender: "FEMALE",
        birthDate: d("2027-01-01"),
        citizenId: "095065001234",
        phone: "0212345678",
      },
      TODAY,
    );
    expect(checked.problems).toEqual({
      fullName: "fullNameRequired",
      birthDate: "birthDateFuture",
      citizenId: "citizenIdGender",
      phone: "phoneFormat",
    });
  });

  it("lets citizen ID and phone be left empty", () => {
    const checked = checkPerson(
      { fullName: "Lê Thị Hoa", gender: "FEMALE", birthDate: null, citizenId: " ", phone: "" },
      TODAY,
    );
    expect(checked).toMatchObject({ citizenId: null, phone: null, problems: {} });
  });
});

describe("needsAgeConfirmation", () => {
  it("asks for a note for grassroots security team members outside 18–70 only", () => {
    expect(needsAgeConfirmation("GRASSROOTS_SECURITY", d("2010-01-01"), TODAY)).toBe(true);
    expect(needsAgeConfirmation("GRASSROOTS_SECURITY", d("1950-01-01"), TODAY)).toBe(true);
    expect(needsAgeConfirmation("GRASSROOTS_SECURITY", d("1980-01-01"), TODAY)).toBe(false);
    expect(needsAgeConfirmation("MODEL", d("1950-01-01"), TODAY)).toBe(false);
    expect(needsAgeConfirmation("GRASSROOTS_SECURITY", null, TODAY)).toBe(false);
  });
});

describe("possible duplicates", () => {
  const an = { fullName: "Nguyễn Văn Ân", birthDate: d("1965-04-20"), citizenId: "095065001234" };

  it("finds the same normalised name and birth date under another citizen ID", () => {
    expect(
      isPossibleDuplicate(an, { ...an, fullName: "nguyen van an", citizenId: "095065009999" }),
    ).toBe(true);
    expect(isPossibleDuplicate(an, { ...an, citizenId: null })).toBe(true);
  });

  it("is not a duplicate with the same citizen ID, another birth date or another name", () => {
    expect(isPossibleDuplicate(an, an)).toBe(false);
    expect(isPossibleDuplicate(an, { ...an, citizenId: "1", birthDate: d("1965-04-21") })).toBe(
      false,
    );
    expect(isPossibleDuplicate(an, { ...an, citizenId: "1", fullName: "Nguyễn Văn An Bình" })).toBe(
      false,
    );
    expect(
      isPossibleDuplicate({ ...an, birthDate: null }, { ...an, citizenId: "1", birthDate: null }),
    ).toBe(false);
  });

  it("keys a person by name without diacritics and the birth date", () => {
    expect(duplicateKey("  NGUYỄN  Văn Ân", d("1965-04-20"))).toBe("nguyen van an|1965-04-20");
    expect(duplicateKey("Nguyễn Văn Ân", null)).toBeNull();
    expect(normalisePersonName("Lê  Thị\tHoa ")).toBe("Lê Thị Hoa");
  });
});

describe("one leader per team", () => {
  it("names the teams with more than one current leader", () => {
    expect(
      teamsWithSeveralLeaders([
        { teamId: "a", role: "LEADER", leftOn: null },
        { teamId: "a", role: "LEADER", leftOn: d("2025-01-01") },
        { teamId: "a", role: "DEPUTY", leftOn: null },
        { teamId: "b", role: "LEADER", leftOn: null },
        { teamId: "b", role: "LEADER", leftOn: null },
      ]),
    ).toEqual(["b"]);
  });

  it("recognises the database's one-leader index in an error", () => {
    const error = Object.assign(new Error("Unique constraint failed"), {
      meta: {
        driverAdapterError: { cause: { constraint: { index: "Membership_one_leader_key" } } },
      },
    });
    expect(isOneLeaderViolation(error)).toBe(true);
    expect(isOneLeaderViolation(new Error("Person_provinceId_citizenId_key"))).toBe(false);
    expect(isOneLeaderViolation(null)).toBe(false);
  });
});
