import { describe, expect, it } from "vitest";
import type { AuthContext } from "@/lib/auth/current-user";
import type { Scope } from "@/lib/auth/scope";
import type { Role } from "@/lib/generated/prisma/enums";
import { dayText, parseDay, todayInVietnam } from "@/lib/models/dates";
import { decodeCursor } from "@/lib/lists/keyset";
import { coverageOf } from "@/lib/models/get-model-reach";
import { modelSearch, parseModelQuery } from "@/lib/models/model-query";
import {
  editableModelWhere,
  keptOwner,
  mayEdit,
  modelsInScope,
  recognitionLevelsFor,
} from "@/lib/models/rules";
import {
  addRecognitionSchema,
  createModelSchema,
  setModelStatusSchema,
  updateModelSchema,
} from "@/lib/models/schemas";
import { searchKey } from "@/lib/search/search-key";

function issues(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return Object.fromEntries(
    (result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]),
  );
}

const ID = "0198a3b4-1111-7222-8333-444455556666";

function ctxOf(role: Role, scope: Scope): AuthContext {
  return {
    user: { id: ID } as AuthContext["user"],
    role,
    scope,
    sessionId: "s",
    sessionToken: "t",
    ip: "127.0.0.1",
    userAgent: null,
  };
}
const MINISTRY = ctxOf("MINISTRY_ADMIN", { level: "NATION" });
const ANALYST = ctxOf("MINISTRY_ANALYST", { level: "NATION" });
const CA_MAU = ctxOf("PROVINCE_OFFICER", { level: "PROVINCE", provinceId: 34 });
const GIA_RAI = ctxOf("COMMUNE_OFFICER", { level: "COMMUNE", provinceId: 34, communeId: 7 });

describe("dates as officers type them", () => {
  it("reads 20/04/2016, 20/4/2016 and 2016-04-20 as the same calendar day", () => {
    const day = new Date(Date.UTC(2016, 3, 20));
    expect(parseDay("20/04/2016")).toEqual(day);
    expect(parseDay(" 20/4/2016 ")).toEqual(day);
    expect(parseDay("2016-04-20")).toEqual(day);
    expect(dayText(day)).toBe("20/04/2016");
  });
  it("refuses days that do not exist and text that is no date", () => {
    expect(parseDay("31/02/2016")).toBeNull();
    expect(parseDay("04/20/2016")).toBeNull();
    expect(parseDay("hôm qua")).toBeNull();
  });
  it("knows today in Vietnam (UTC+7) at the turn of the day", () => {
    expect(todayInVietnam(new Date("2026-11-30T17:30:00Z"))).toEqual(
      new Date(Date.UTC(2026, 11, 1)),
    );
  });
});

describe("createModelSchema", () => {
  it("stores names in NFC with single spaces and reads the origin choice", () => {
    const parsed = createModelSchema.parse({
      name: "  Câu lạc bộ   Hội Cựu chiến binh ".normalize("NFD"),
      field: "CRIME_PREVENTION",
      description: "",
      goals: "",
      origin: "f:31960",
      launchedOn: "20/04/2016",
    });
    expect(parsed).toEqual({
      name: "Câu lạc bộ Hội Cựu chiến binh",
      field: "CRIME_PREVENTION",
      origin: { kind: "former", id: 31960 },
      launchedOn: new Date(Date.UTC(2016, 3, 20)),
    });
    expect(createModelSchema.parse({ name: "Tổ", field: "OTHER", origin: "c:5" }).origin).toEqual({
      kind: "commune",
      id: 5,
    });
  });
  it("puts every problem at its field, as an Errors key", () => {
    const result = createModelSchema.safeParse({
      name: "   ",
      field: "NOT_A_FIELD",
      origin: "x:1",
      launchedOn: "31/02/2016",
    });
    expect(issues(result)).toEqual({
      name: "Errors.modelNameRequired",
      field: "Errors.modelFieldRequired",
      origin: "Errors.modelOriginInvalid",
      launchedOn: "Errors.dateInvalid",
    });
  });
  it("refuses a launch date that has not come yet", () => {
    const next = new Date(todayInVietnam().getTime() + 2 * 86_400_000);
    expect(
      issues(
        createModelSchema.safeParse({ name: "Tổ", field: "OTHER", launchedOn: dayText(next) }),
      ),
    ).toEqual({ launchedOn: "Errors.dateInFuture" });
  });
  it("needs the version on an edit", () => {
    expect(issues(updateModelSchema.safeParse({ id: ID, name: "Tổ", field: "OTHER" }))).toEqual({
      version: "Errors.conflict",
    });
  });
});

describe("setModelStatusSchema", () => {
  it("needs a day and a reason to retire, nothing to reactivate", () => {
    expect(
      issues(setModelStatusSchema.safeParse({ id: ID, version: "3", status: "INACTIVE" })),
    ).toEqual({ retiredOn: "Errors.dateRequired", retiredReason: "Errors.retireReasonRequired" });
    expect(setModelStatusSchema.parse({ id: ID, version: "3", status: "ACTIVE" })).toEqual({
      id: ID,
      version: 3,
      status: "ACTIVE",
    });
  });
});

describe("addRecognitionSchema", () => {
  it("needs a known level, an issuer and the decision's day", () => {
    expect(
      issues(addRecognitionSchema.safeParse({ modelId: ID, level: "GOLD", issuer: " " })),
    ).toEqual({
      level: "Errors.recognitionLevelNotAllowed",
      issuer: "Errors.issuerRequired",
      decidedOn: "Errors.dateRequired",
    });
  });
});

describe("who keeps which models", () => {
  it("reads the catalog everywhere and a province's own models in that province", () => {
    expect(modelsInScope(MINISTRY.scope)).toEqual({});
    expect(modelsInScope(GIA_RAI.scope)).toEqual({
      OR: [{ provinceId: null }, { provinceId: 34 }],
    });
  });
  it("gives the catalog to the ministry administrator and own models to a province", () => {
    expect(keptOwner(MINISTRY)).toEqual({ provinceId: null });
    expect(keptOwner(ANALYST)).toBeNull();
    expect(keptOwner(CA_MAU)).toEqual({ provinceId: 34 });
    expect(keptOwner(GIA_RAI)).toBeNull();
    expect(mayEdit(CA_MAU, { provinceId: null })).toBe(false);
    expect(mayEdit(CA_MAU, { provinceId: 3 })).toBe(false);
    expect(mayEdit(MINISTRY, { provinceId: 34 })).toBe(false);
    expect(editableModelWhere(CA_MAU, ID)).toEqual({ id: ID, provinceId: 34 });
    expect(editableModelWhere(GIA_RAI, ID)).toEqual({ id: ID, provinceId: -1 });
  });
  it("lets the ministry record nationwide replication and a province its own levels", () => {
    expect(recognitionLevelsFor(MINISTRY)).toEqual(["MINISTRY_NATIONWIDE"]);
    expect(recognitionLevelsFor(ANALYST)).toEqual([]);
    expect(recognitionLevelsFor(CA_MAU)).toEqual(["PROVINCE_EXPERIENCE", "ADVANCED_EXEMPLAR"]);
    expect(recognitionLevelsFor(GIA_RAI)).toEqual([]);
  });
});

describe("the list's address", () => {
  it("keeps every filter and ignores what it cannot read", () => {
    const { filter, after } = parseModelQuery({
      field: "ETHNIC",
      level: "MINISTRY_NATIONWIDE",
      status: "BOGUS",
      owner: "catalog",
      province: "-4",
      q: ["  cau lac bo  ", "other"],
      sort: "points",
    });
    expect(filter).toEqual({
      field: "ETHNIC",
      level: "MINISTRY_NATIONWIDE",
      status: undefined,
      owner: "catalog",
      provinceId: undefined,
      q: "cau lac bo",
      sort: "points",
    });
    expect(after).toBeNull();
    expect(modelSearch(filter, "abc")).toEqual({
      field: "ETHNIC",
      level: "MINISTRY_NATIONWIDE",
      owner: "catalog",
      q: "cau lac bo",
      sort: "points",
      after: "abc",
    });
    expect(decodeCursor("not-a-cursor")).toBeNull();
  });
});

describe("search and coverage", () => {
  it("finds names typed without diacritics", () => {
    expect(searchKey("Câu lạc bộ 3 tích cực")).toContain(searchKey("cau lac bo 3 tich cuc"));
    expect(searchKey("Cựu chiến binh")).toBe("cuu chien binh");
    expect(searchKey("Đồng")).toBe("dong");
  });
  it("counts each commune once", () => {
    expect(coverageOf([1, 2, 2, 3], 64)).toEqual({ covered: 3, of: 64 });
  });
});
