// Rows of the isolation matrix for replication points and for the residential areas and
// organisations they sit in (tests/support/isolation/harness.ts): every action × role × own
// commune / another commune / another province, with what an allowed call must change.
import { expect } from "vitest";
import {
  createPlaceAction,
  setPlaceActiveAction,
  updatePlaceAction,
} from "@/app/[locale]/(portal)/places/actions";
import {
  changePointStatusAction,
  createPointAction,
  setPointRatingAction,
  updatePointAction,
} from "@/app/[locale]/(portal)/points/actions";
import { uniqueName } from "../../factories";
import { ownerDb } from "../../owner-db";
import {
  type ActorKey,
  type CaseContext,
  defineRow,
  type Expected,
  everywhere,
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

/** points.edit: the province's administrators and officers, in their own province. */
const ON_POINT: Table = {
  ministryAdmin: everywhere(forbidden),
  ministryAnalyst: everywhere(forbidden),
  provinceAdmin: { own: ok, otherCommune: ok, otherProvince: notFound },
  provinceOfficer: { own: ok, otherCommune: ok, otherProvince: notFound },
  communeOfficer: everywhere(forbidden),
};
const CREATE_POINT: Table = {
  ...ON_POINT,
  provinceAdmin: { own: ok, otherCommune: ok, otherProvince: OUT_OF_PROVINCE },
  provinceOfficer: { own: ok, otherCommune: ok, otherProvince: OUT_OF_PROVINCE },
};

/** units.edit: the province's staff in any of its communes, a commune officer in their own. */
const ON_PLACE: Table = {
  ministryAdmin: everywhere(forbidden),
  ministryAnalyst: everywhere(forbidden),
  provinceAdmin: { own: ok, otherCommune: ok, otherProvince: notFound },
  provinceOfficer: { own: ok, otherCommune: ok, otherProvince: notFound },
  communeOfficer: { own: ok, otherCommune: notFound, otherProvince: notFound },
};
const CREATE_PLACE: Table = {
  ...ON_PLACE,
  provinceAdmin: { own: ok, otherCommune: ok, otherProvince: OUT_OF_PROVINCE },
  provinceOfficer: { own: ok, otherCommune: ok, otherProvince: OUT_OF_PROVINCE },
  // A commune officer's new place always lands in their own commune, whatever commune is sent.
  communeOfficer: everywhere(ok),
};

let nationalModel: Promise<string> | undefined;
function modelId(): Promise<string> {
  nationalModel ??= ownerDb()
    .model.findFirstOrThrow({ where: { provinceId: null, code: "cong-truong-an-toan" } })
    .then((m) => m.id);
  return nationalModel;
}

/** A point in the target's commune, with its first history row, made as the owner. */
async function existingPoint(c: CaseContext) {
  const db = ownerDb();
  const point = await db.replicationPoint.create({
    data: {
      provinceId: c.units.provinceId,
      communeId: c.units.communeId,
      modelId: await modelId(),
      name: `Điểm ma trận ${uniqueName("p")}`,
      establishedOn: new Date("2016-04-20T00:00:00Z"),
      leadOrganization: "VETERANS",
    },
  });
  await db.pointStatusChange.create({
    data: {
      provinceId: point.provinceId,
      pointId: point.id,
      toStatus: "ACTIVE",
      effectiveOn: point.establishedOn,
    },
  });
  return point;
}

async function pointSnapshot(id: string) {
  const db = ownerDb();
  const [point, changes, ratings] = await Promise.all([
    db.replicationPoint.findFirstOrThrow({
      where: { id },
      select: {
        name: true,
        modelId: true,
        leadOrganization: true,
        status: true,
        dissolvedOn: true,
        dissolvedReason: true,
        version: true,
      },
    }),
    db.pointStatusChange.findMany({
      where: { pointId: id },
      select: { fromStatus: true, toStatus: true, reason: true },
      orderBy: { createdAt: "asc" },
    }),
    db.pointRating.findMany({ where: { pointId: id }, select: { year: true, rating: true } }),
  ]);
  return { point, changes, ratings };
}
type PointSnapshot = Awaited<ReturnType<typeof pointSnapshot>>;
const points = (value: unknown) => value as PointSnapshot;

const pointRows: MatrixRow[] = [
  defineRow({
    action: "createPointAction",
    expected: CREATE_POINT,
    arrange: async (c) => ({ name: `Điểm mới ${uniqueName("p")}`, c, modelId: await modelId() }),
    act: ({ name, c, modelId: model }) =>
      createPointAction(undefined, {
        communeId: String(c.units.communeId),
        modelId: model,
        name,
        leadOrganization: "WOMEN",
        establishedOn: "2024-05-01",
      }),
    snapshot: async ({ name }) => ({
      created: await ownerDb().replicationPoint.findMany({
        where: { name },
        select: {
          provinceId: true,
          communeId: true,
          status: true,
          changes: { select: { toStatus: true } },
        },
      }),
      total: await ownerDb().replicationPoint.count(),
    }),
    verify({ c }, before, after) {
      const { created, total } = after as { created: unknown[]; total: number };
      expect(total).toBe((before as { total: number }).total + 1);
      expect(created).toEqual([
        {
          provinceId: c.units.provinceId,
          communeId: c.units.communeId,
          status: "ACTIVE",
          changes: [{ toStatus: "ACTIVE" }],
        },
      ]);
    },
  }),
  defineRow({
    action: "updatePointAction",
    expected: ON_POINT,
    arrange: existingPoint,
    act: (point) =>
      updatePointAction(undefined, {
        id: point.id,
        version: String(point.version),
        modelId: point.modelId,
        name: "Điểm đã đổi tên",
        leadOrganization: "YOUTH",
        establishedOn: "2016-04-20",
      }),
    snapshot: (point) => pointSnapshot(point.id),
    verify(_p, before, after) {
      expect(points(after).point).toEqual({
        ...points(before).point,
        name: "Điểm đã đổi tên",
        leadOrganization: "YOUTH",
        version: points(before).point.version + 1,
      });
      expect(points(after).changes).toEqual(points(before).changes);
    },
  }),
  defineRow({
    action: "changePointStatusAction",
    expected: ON_POINT,
    arrange: existingPoint,
    act: (point) =>
      changePointStatusAction(undefined, {
        id: point.id,
        version: String(point.version),
        toStatus: "DISSOLVED",
        effectiveOn: "2024-06-30",
        reason: "Không còn hoạt động",
      }),
    snapshot: (point) => pointSnapshot(point.id),
    verify(_p, before, after) {
      expect(points(after).point).toMatchObject({
        status: "DISSOLVED",
        dissolvedOn: new Date("2024-06-30T00:00:00Z"),
        dissolvedReason: "Không còn hoạt động",
        version: points(before).point.version + 1,
      });
      expect(points(after).changes).toEqual([
        ...points(before).changes,
        { fromStatus: "ACTIVE", toStatus: "DISSOLVED", reason: "Không còn hoạt động" },
      ]);
    },
  }),
  defineRow({
    action: "setPointRatingAction",
    expected: ON_POINT,
    arrange: existingPoint,
    act: (point) => setPointRatingAction(undefined, { id: point.id, year: "2024", rating: "GOOD" }),
    snapshot: (point) => pointSnapshot(point.id),
    verify(_p, before, after) {
      expect(points(after).ratings).toEqual([{ year: 2024, rating: "GOOD" }]);
      expect(points(after).point).toEqual(points(before).point);
    },
  }),
];

/** A residential area in the target's commune, made as the owner. */
function existingArea(c: CaseContext) {
  return ownerDb().residentialArea.create({
    data: {
      provinceId: c.units.provinceId,
      communeId: c.units.communeId,
      name: `Ấp ma trận ${uniqueName("a")}`,
      kind: "AP",
    },
  });
}
const areaSnapshot = (id: string) =>
  ownerDb().residentialArea.findFirstOrThrow({
    where: { id },
    select: { name: true, kind: true, communeId: true, active: true, version: true },
  });
type AreaSnapshot = Awaited<ReturnType<typeof areaSnapshot>>;
const area = (value: unknown) => value as AreaSnapshot;

const placeRows: MatrixRow[] = [
  defineRow({
    action: "createPlaceAction",
    expected: CREATE_PLACE,
    arrange: (c) => Promise.resolve({ name: `Trường ma trận ${uniqueName("o")}`, c }),
    act: ({ name, c }) =>
      createPlaceAction(undefined, {
        type: "organization",
        name,
        kind: "SCHOOL",
        formerCommuneId: "",
        communeId: String(c.units.communeId),
      }),
    snapshot: async ({ name }) => ({
      created: await ownerDb().organization.findMany({
        where: { name },
        select: { provinceId: true, communeId: true, kind: true },
      }),
      total: await ownerDb().organization.count(),
    }),
    verify({ c }, before, after) {
      const { created, total } = after as { created: unknown[]; total: number };
      expect(total).toBe((before as { total: number }).total + 1);
      // A commune officer's place is in their own commune, whatever was sent.
      const units = c.actor === "communeOfficer" ? c.world.units.own : c.units;
      expect(created).toEqual([
        { provinceId: units.provinceId, communeId: units.communeId, kind: "SCHOOL" },
      ]);
    },
  }),
  defineRow({
    action: "updatePlaceAction",
    expected: ON_PLACE,
    arrange: existingArea,
    act: (a) =>
      updatePlaceAction(undefined, {
        type: "area",
        id: a.id,
        version: String(a.version),
        name: `${a.name} (đổi tên)`,
        kind: "KHOM",
        formerCommuneId: "",
        households: "",
      }),
    snapshot: (a) => areaSnapshot(a.id),
    verify(a, before, after) {
      expect(after).toEqual({
        ...area(before),
        name: `${a.name} (đổi tên)`,
        kind: "KHOM",
        version: area(before).version + 1,
      });
    },
  }),
  defineRow({
    action: "setPlaceActiveAction",
    expected: ON_PLACE,
    arrange: existingArea,
    act: (a) =>
      setPlaceActiveAction(undefined, {
        type: "area",
        id: a.id,
        version: String(a.version),
        active: "false",
      }),
    snapshot: (a) => areaSnapshot(a.id),
    verify(_a, before, after) {
      expect(after).toEqual({ ...area(before), active: false, version: area(before).version + 1 });
    },
  }),
];

export const POINTS_ROWS: MatrixRow[] = [...pointRows, ...placeRows];
