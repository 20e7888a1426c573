// Rows of the isolation matrix for the yearly evaluations (tests/support/isolation/harness.ts):
// "An toàn về ANTT" registrations, results, withdrawals and commune titles; team ratings; awards.
// Every action × role × own commune / another commune / another province.
import { expect } from "vitest";
import {
  createAwardAction,
  deleteAwardAction,
  updateAwardAction,
} from "@/app/[locale]/(portal)/awards/actions";
import { setTeamRatingAction } from "@/app/[locale]/(portal)/ratings/actions";
import {
  recordSafetyResultAction,
  registerSafetyUnitAction,
  setCommuneTitleAction,
  withdrawSafetyRegistrationAction,
} from "@/app/[locale]/(portal)/safety/actions";
import { uniqueName } from "../../factories";
import { ownerDb } from "../../owner-db";
import {
  type ActorKey,
  type CaseContext,
  defineRow,
  everywhere,
  type Expected,
  fieldRefusal,
  forbidden,
  type MatrixRow,
  notFound,
  ok,
  type TargetKey,
} from "../harness";

type Table = Record<ActorKey, Record<TargetKey, Expected>>;

const OUT_OF_PROVINCE = fieldRefusal(
  "communeId",
  "Xã, phường, đặc khu này không thuộc tỉnh, thành phố của bạn.",
);

/** safety.edit, ratings.edit, awards.edit: the province's staff in their own province. */
const PROVINCE_EDIT: Table = {
  ministryAdmin: everywhere(forbidden),
  ministryAnalyst: everywhere(forbidden),
  provinceAdmin: { own: ok, otherCommune: ok, otherProvince: notFound },
  provinceOfficer: { own: ok, otherCommune: ok, otherProvince: notFound },
  communeOfficer: everywhere(forbidden),
};
const PROVINCE_CREATE: Table = {
  ...PROVINCE_EDIT,
  provinceAdmin: { own: ok, otherCommune: ok, otherProvince: OUT_OF_PROVINCE },
  provinceOfficer: { own: ok, otherCommune: ok, otherProvince: OUT_OF_PROVINCE },
};

/** safety.register: the province's staff anywhere in it, a commune officer in their own commune. */
const AREA_ELSEWHERE = fieldRefusal(
  "residentialAreaId",
  "Khu dân cư này không thuộc xã, phường đã chọn.",
);
const REGISTER: Table = {
  ...PROVINCE_CREATE,
  // Their registration always names their own commune: another commune's area is not in it.
  communeOfficer: { own: ok, otherCommune: AREA_ELSEWHERE, otherProvince: AREA_ELSEWHERE },
};
const ON_REGISTRATION: Table = {
  ...PROVINCE_EDIT,
  communeOfficer: { own: ok, otherCommune: notFound, otherProvince: notFound },
};

function existingArea(c: CaseContext) {
  return ownerDb().residentialArea.create({
    data: {
      provinceId: c.units.provinceId,
      communeId: c.units.communeId,
      name: `Ấp đánh giá ${uniqueName("s")}`,
      kind: "AP",
    },
  });
}

async function existingRegistration(c: CaseContext) {
  const area = await existingArea(c);
  return ownerDb().safetyRegistration.create({
    data: {
      provinceId: c.units.provinceId,
      communeId: c.units.communeId,
      year: 2025,
      unitType: "RESIDENTIAL_AREA",
      residentialAreaId: area.id,
      registeredOn: new Date("2025-02-10T00:00:00Z"),
    },
  });
}
const registrationSnapshot = async (id: string) =>
  ownerDb().safetyRegistration.findMany({
    where: { id },
    select: { result: true, decisionNumber: true, decidedOn: true, version: true },
  });

const safetyRows: MatrixRow[] = [
  defineRow({
    action: "registerSafetyUnitAction",
    expected: REGISTER,
    arrange: existingArea,
    act: (area, c) =>
      registerSafetyUnitAction(undefined, {
        year: "2025",
        communeId: String(c.units.communeId),
        unitType: "RESIDENTIAL_AREA",
        residentialAreaId: area.id,
      }),
    snapshot: async (area) => ({
      regs: await ownerDb().safetyRegistration.findMany({
        where: { residentialAreaId: area.id },
        select: {
          year: true,
          unitType: true,
          communeId: true,
          result: true,
          formerCommuneId: true,
        },
      }),
      total: await ownerDb().safetyRegistration.count(),
    }),
    verify(area, before, after) {
      const { regs, total } = after as { regs: unknown[]; total: number };
      expect(total).toBe((before as { total: number }).total + 1);
      expect(regs).toEqual([
        {
          year: 2025,
          unitType: "RESIDENTIAL_AREA",
          communeId: area.communeId,
          result: "PENDING",
          formerCommuneId: null,
        },
      ]);
    },
  }),
  defineRow({
    action: "recordSafetyResultAction",
    expected: PROVINCE_EDIT,
    arrange: existingRegistration,
    act: (reg) =>
      recordSafetyResultAction(undefined, {
        id: reg.id,
        version: String(reg.version),
        result: "ACHIEVED",
        decisionNumber: "123/QĐ-UBND",
        decidedOn: "20/11/2025",
      }),
    snapshot: (reg) => registrationSnapshot(reg.id),
    verify(_reg, _before, after) {
      expect(after).toEqual([
        {
          result: "ACHIEVED",
          decisionNumber: "123/QĐ-UBND",
          decidedOn: new Date("2025-11-20T00:00:00Z"),
          version: 2,
        },
      ]);
    },
  }),
  defineRow({
    action: "withdrawSafetyRegistrationAction",
    expected: ON_REGISTRATION,
    arrange: existingRegistration,
    act: (reg) =>
      withdrawSafetyRegistrationAction(undefined, { id: reg.id, version: String(reg.version) }),
    snapshot: (reg) => registrationSnapshot(reg.id),
    verify(_reg, _before, after) {
      expect(after).toEqual([]);
    },
  }),
  defineRow({
    action: "setCommuneTitleAction",
    expected: PROVINCE_CREATE,
    // One title row per commune and year: a later case edits what an earlier one saved.
    arrange: async (c) => {
      const existing = await ownerDb().communeYearTitle.findFirst({
        where: {
          provinceId: c.units.provinceId,
          communeId: c.units.communeId,
          year: 2025,
          formerCommuneId: null,
        },
        select: { version: true },
      });
      return { c, version: existing?.version };
    },
    act: ({ c, version }) =>
      setCommuneTitleAction(undefined, {
        communeId: String(c.units.communeId),
        year: "2025",
        exemplary: "true",
        ruralSecurityMet: "true",
        ...(version ? { version: String(version) } : {}),
      }),
    snapshot: ({ c }) =>
      ownerDb().communeYearTitle.findMany({
        where: { provinceId: c.units.provinceId, communeId: c.units.communeId, year: 2025 },
        select: { exemplary: true, ruralSecurityMet: true, version: true },
      }),
    verify({ version }, _before, after) {
      expect(after).toEqual([
        { exemplary: true, ruralSecurityMet: true, version: (version ?? 0) + 1 },
      ]);
    },
  }),
];

function existingTeam(c: CaseContext) {
  return ownerDb().team.create({
    data: {
      provinceId: c.units.provinceId,
      communeId: c.units.communeId,
      kind: "GRASSROOTS_SECURITY",
      name: `Tổ bảo vệ ANTT ${uniqueName("t")}`,
      establishedOn: new Date("2024-07-01T00:00:00Z"),
    },
  });
}

const ratingRows: MatrixRow[] = [
  defineRow({
    action: "setTeamRatingAction",
    expected: PROVINCE_EDIT,
    arrange: existingTeam,
    act: (team) => setTeamRatingAction(undefined, { teamId: team.id, year: "2025", grade: "GOOD" }),
    snapshot: (team) =>
      ownerDb().teamRating.findMany({
        where: { teamId: team.id },
        select: { year: true, grade: true, communeId: true },
      }),
    verify(team, _before, after) {
      expect(after).toEqual([{ year: 2025, grade: "GOOD", communeId: team.communeId }]);
    },
  }),
];

function existingAward(c: CaseContext) {
  return ownerDb().award.create({
    data: {
      provinceId: c.units.provinceId,
      communeId: c.units.communeId,
      kind: "MERIT_CERTIFICATE",
      issuer: "PROVINCE_COMMITTEE",
      recipientKind: "COLLECTIVE",
      recipientName: `Tập thể ma trận ${uniqueName("k")}`,
      decisionNumber: "12/QĐ-UBND",
      awardedOn: new Date("2025-09-02T00:00:00Z"),
    },
  });
}
const awardSnapshot = (id: string) =>
  ownerDb().award.findMany({
    where: { id },
    select: { recipientName: true, kind: true, issuer: true, decisionNumber: true, version: true },
  });

const awardRows: MatrixRow[] = [
  defineRow({
    action: "createAwardAction",
    expected: PROVINCE_CREATE,
    arrange: (c) => Promise.resolve({ c, name: `Tập thể mới ${uniqueName("k")}` }),
    act: ({ c, name }) =>
      createAwardAction(undefined, {
        kind: "MERIT_CERTIFICATE",
        issuer: "MINISTRY",
        recipientKind: "COLLECTIVE",
        recipientName: name,
        decisionNumber: "45/QĐ-BCA",
        awardedOn: "02/09/2025",
        communeId: String(c.units.communeId),
      }),
    snapshot: async ({ name }) => ({
      created: await ownerDb().award.findMany({
        where: { recipientName: name },
        select: { provinceId: true, communeId: true, issuer: true, decisionNumber: true },
      }),
      total: await ownerDb().award.count(),
    }),
    verify({ c }, before, after) {
      const { created, total } = after as { created: unknown[]; total: number };
      expect(total).toBe((before as { total: number }).total + 1);
      expect(created).toEqual([
        {
          provinceId: c.units.provinceId,
          communeId: c.units.communeId,
          issuer: "MINISTRY",
          decisionNumber: "45/QĐ-BCA",
        },
      ]);
    },
  }),
  defineRow({
    action: "updateAwardAction",
    expected: PROVINCE_EDIT,
    arrange: existingAward,
    act: (award) =>
      updateAwardAction(undefined, {
        id: award.id,
        version: String(award.version),
        kind: "COMMENDATION",
        issuer: "POLICE_DIRECTOR",
        recipientKind: "COLLECTIVE",
        recipientName: award.recipientName,
        decisionNumber: "77/QĐ-CAT",
        awardedOn: "02/09/2025",
        communeId: String(award.communeId),
      }),
    snapshot: (award) => awardSnapshot(award.id),
    verify(award, _before, after) {
      expect(after).toEqual([
        {
          recipientName: award.recipientName,
          kind: "COMMENDATION",
          issuer: "POLICE_DIRECTOR",
          decisionNumber: "77/QĐ-CAT",
          version: 2,
        },
      ]);
    },
  }),
  defineRow({
    action: "deleteAwardAction",
    expected: PROVINCE_EDIT,
    arrange: existingAward,
    act: (award) => deleteAwardAction(undefined, { id: award.id, version: String(award.version) }),
    snapshot: (award) => awardSnapshot(award.id),
    verify(_award, _before, after) {
      expect(after).toEqual([]);
    },
  }),
];

export const EVALUATIONS_ROWS: MatrixRow[] = [...safetyRows, ...ratingRows, ...awardRows];
