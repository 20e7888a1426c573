// Rows of the isolation matrix for the models actions (tests/support/isolation/harness.ts): two
// registers — a province's own models (models.edit) and the ministry's national catalog
// (catalog.edit) — each acted on in the actor's own commune, another commune of the province and
// another province.
import { expect } from "vitest";
import {
  addMinistryRecognitionAction,
  addRecognitionAction,
  createCatalogModelAction,
  createModelAction,
  removeMinistryRecognitionAction,
  removeRecognitionAction,
  setCatalogModelStatusAction,
  setModelStatusAction,
  updateCatalogModelAction,
  updateModelAction,
} from "@/app/[locale]/(portal)/models/actions";
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
  formRefusal,
  type MatrixRow,
  notFound,
  ok,
  type TargetKey,
} from "../harness";

type Table = Record<ActorKey, Record<TargetKey, Expected>>;

const OUT_OF_SCOPE = fieldRefusal(
  "origin",
  "Nơi khởi đầu phải là một xã, phường (hiện nay hoặc trước năm 2025) thuộc tỉnh, thành phố của bạn.",
);
const CATALOG_READ_ONLY = formRefusal(
  "Mô hình này thuộc danh mục quốc gia do Bộ Công an quản lý. Bạn chỉ xem được.",
);
const PROVINCE_READ_ONLY = formRefusal(
  "Mô hình này do Công an tỉnh, thành phố quản lý. Bạn chỉ xem được.",
);

/** A province's own models: its administrators and officers, in their province only. */
const PROVINCE_KEEPS: Table = {
  ministryAdmin: everywhere(forbidden),
  ministryAnalyst: everywhere(forbidden),
  provinceAdmin: { own: ok, otherCommune: ok, otherProvince: notFound },
  provinceOfficer: { own: ok, otherCommune: ok, otherProvince: notFound },
  communeOfficer: everywhere(forbidden),
};

/** The national catalog: the ministry administrator only, wherever the model began. */
const MINISTRY_KEEPS: Table = {
  ministryAdmin: everywhere(ok),
  ministryAnalyst: everywhere(forbidden),
  provinceAdmin: everywhere(forbidden),
  provinceOfficer: everywhere(forbidden),
  communeOfficer: everywhere(forbidden),
};

const modelSelect = {
  id: true,
  provinceId: true,
  name: true,
  field: true,
  originProvinceId: true,
  originCommuneId: true,
  status: true,
  retiredOn: true,
  retiredReason: true,
  version: true,
} as const;

interface Fixture {
  id: string;
  name: string;
  c: CaseContext;
}

/** A model, as the owner makes it: the target province's own, or in the catalog, begun in the target commune. */
async function existingModel(c: CaseContext, catalog: boolean): Promise<Fixture> {
  const name = uniqueName("Mô hình kiểm thử");
  const model = await ownerDb().model.create({
    data: {
      provinceId: catalog ? null : c.units.provinceId,
      code: uniqueName("kiem-thu"),
      name,
      field: "OTHER",
      originProvinceId: c.units.provinceId,
      originCommuneId: c.units.communeId,
    },
    select: { id: true },
  });
  return { id: model.id, name, c };
}

async function modelSnapshot(id: string) {
  const db = ownerDb();
  const [model, recognitions, models] = await Promise.all([
    db.model.findUniqueOrThrow({ where: { id }, select: modelSelect }),
    db.modelRecognition.findMany({
      where: { modelId: id },
      select: { id: true, level: true, provinceId: true },
      orderBy: { id: "asc" },
    }),
    db.model.count(),
  ]);
  return { model, recognitions, models };
}
type Snapshot = Awaited<ReturnType<typeof modelSnapshot>>;
const snap = (value: unknown) => value as Snapshot;

function createRow(action: "createModelAction" | "createCatalogModelAction", expected: Table) {
  const call = action === "createModelAction" ? createModelAction : createCatalogModelAction;
  return defineRow({
    action,
    expected,
    arrange: (c) => Promise.resolve({ name: uniqueName("Mô hình mới"), c }),
    act: ({ name, c }) =>
      call(undefined, {
        name,
        field: "CRIME_PREVENTION",
        originProvinceId: String(c.units.provinceId),
        origin: `c:${c.units.communeId}`,
        launchedOn: "20/04/2016",
      }),
    snapshot: async ({ name }) => ({
      created: await ownerDb().model.findFirst({ where: { name }, select: modelSelect }),
      models: await ownerDb().model.count(),
    }),
    verify({ c }, before, after) {
      const b = before as { models: number };
      const a = after as { models: number; created: unknown };
      expect(a.models).toBe(b.models + 1);
      expect(a.created).toMatchObject({
        // A province's model is its own whatever was sent; the ministry's goes to the catalog.
        provinceId: action === "createModelAction" ? c.world.units.own.provinceId : null,
        originProvinceId: c.units.provinceId,
        originCommuneId: c.units.communeId,
        version: 1,
      });
    },
  });
}

function updateRow(
  action: "updateModelAction" | "updateCatalogModelAction",
  catalog: boolean,
  expected: Table,
) {
  const call = action === "updateModelAction" ? updateModelAction : updateCatalogModelAction;
  return defineRow({
    action,
    expected,
    arrange: (c) => existingModel(c, catalog),
    act: ({ id, name, c }) =>
      call(undefined, {
        id,
        version: 1,
        name: `${name} (đã sửa)`,
        field: "TRAFFIC",
        originProvinceId: String(c.units.provinceId),
        origin: `c:${c.units.communeId}`,
      }),
    snapshot: ({ id }) => modelSnapshot(id),
    verify({ name }, before, after) {
      expect(snap(after).model).toEqual({
        ...snap(before).model,
        name: `${name} (đã sửa)`,
        field: "TRAFFIC",
        version: 2,
      });
    },
  });
}

function statusRow(
  action: "setModelStatusAction" | "setCatalogModelStatusAction",
  catalog: boolean,
  expected: Table,
) {
  const call =
    action === "setModelStatusAction" ? setModelStatusAction : setCatalogModelStatusAction;
  return defineRow({
    action,
    expected,
    arrange: (c) => existingModel(c, catalog),
    act: ({ id }) =>
      call(undefined, {
        id,
        version: 1,
        status: "INACTIVE",
        retiredOn: "30/06/2025",
        retiredReason: "Không còn phù hợp",
      }),
    snapshot: ({ id }) => modelSnapshot(id),
    verify(_f, before, after) {
      expect(snap(after).model).toEqual({
        ...snap(before).model,
        status: "INACTIVE",
        retiredOn: new Date(Date.UTC(2025, 5, 30)),
        retiredReason: "Không còn phù hợp",
        version: 2,
      });
    },
  });
}

function recognitionRow(
  action: "addRecognitionAction" | "addMinistryRecognitionAction",
  expected: Table,
) {
  const ministry = action === "addMinistryRecognitionAction";
  const call = ministry ? addMinistryRecognitionAction : addRecognitionAction;
  const level = ministry ? "MINISTRY_NATIONWIDE" : "PROVINCE_EXPERIENCE";
  return defineRow({
    action,
    expected,
    arrange: (c) => existingModel(c, false),
    act: ({ id }) =>
      call(undefined, {
        modelId: id,
        level,
        issuer: ministry ? "Bộ Công an" : "Công an tỉnh",
        decisionNumber: "12/QĐ",
        decidedOn: "15/03/2024",
      }),
    snapshot: ({ id }) => modelSnapshot(id),
    verify({ c }, before, after) {
      expect(snap(after).model).toEqual(snap(before).model);
      expect(
        snap(after).recognitions.map(({ level, provinceId }) => ({ level, provinceId })),
      ).toEqual([{ level, provinceId: c.units.provinceId }]);
    },
  });
}

const removeRow = defineRow({
  action: "removeRecognitionAction",
  expected: PROVINCE_KEEPS,
  arrange: async (c) => {
    const model = await existingModel(c, false);
    const recognition = await ownerDb().modelRecognition.create({
      data: {
        provinceId: c.units.provinceId,
        modelId: model.id,
        level: "PROVINCE_EXPERIENCE",
        issuer: "Công an tỉnh",
        decidedOn: new Date(Date.UTC(2024, 2, 15)),
      },
      select: { id: true },
    });
    return { ...model, recognitionId: recognition.id };
  },
  act: ({ recognitionId }) => removeRecognitionAction(undefined, { id: recognitionId }),
  snapshot: ({ id }) => modelSnapshot(id),
  verify(_f, before, after) {
    expect(snap(after).model).toEqual(snap(before).model);
    expect(snap(after).recognitions).toEqual([]);
  },
});

/**
 * The ministry's nationwide replication of a catalog model, kept under the province the model began
 * in: the ministry administrator removes it (to correct it), whichever province keeps it; nobody
 * else, not even that province.
 */
const removeMinistryRow = defineRow({
  action: "removeMinistryRecognitionAction",
  expected: MINISTRY_KEEPS,
  arrange: async (c) => {
    const model = await existingModel(c, true);
    const recognition = await ownerDb().modelRecognition.create({
      data: {
        provinceId: c.units.provinceId,
        modelId: model.id,
        level: "MINISTRY_NATIONWIDE",
        issuer: "Bộ Công an",
        decidedOn: new Date(Date.UTC(2024, 5, 20)),
      },
      select: { id: true },
    });
    return { ...model, recognitionId: recognition.id };
  },
  act: ({ recognitionId }) => removeMinistryRecognitionAction(undefined, { id: recognitionId }),
  snapshot: ({ id }) => modelSnapshot(id),
  verify(_f, before, after) {
    expect(snap(after).model).toEqual(snap(before).model);
    expect(snap(after).recognitions).toEqual([]);
  },
});

/** A province cannot remove the ministry's recognition kept under it: it is not among its own. */
const removeMinistryByProvinceRow = defineRow({
  action: "removeRecognitionAction",
  expected: {
    ...PROVINCE_KEEPS,
    provinceAdmin: everywhere(notFound),
    provinceOfficer: everywhere(notFound),
  },
  arrange: async (c) => {
    const model = await existingModel(c, true);
    const recognition = await ownerDb().modelRecognition.create({
      data: {
        provinceId: c.units.provinceId,
        modelId: model.id,
        level: "MINISTRY_NATIONWIDE",
        issuer: "Bộ Công an",
        decidedOn: new Date(Date.UTC(2024, 5, 20)),
      },
      select: { id: true },
    });
    return { ...model, recognitionId: recognition.id };
  },
  act: ({ recognitionId }) => removeRecognitionAction(undefined, { id: recognitionId }),
  snapshot: ({ id }) => modelSnapshot(id),
  verify() {
    throw new Error("nobody but the ministry administrator removes a nationwide replication");
  },
});

export const MODELS_ROWS: MatrixRow[] = [
  createRow("createModelAction", {
    ...PROVINCE_KEEPS,
    provinceAdmin: { own: ok, otherCommune: ok, otherProvince: OUT_OF_SCOPE },
    provinceOfficer: { own: ok, otherCommune: ok, otherProvince: OUT_OF_SCOPE },
  }),
  createRow("createCatalogModelAction", MINISTRY_KEEPS),
  updateRow("updateModelAction", false, PROVINCE_KEEPS),
  // A province reads the catalog but does not keep it.
  updateRow("updateModelAction", true, {
    ...PROVINCE_KEEPS,
    provinceAdmin: everywhere(CATALOG_READ_ONLY),
    provinceOfficer: everywhere(CATALOG_READ_ONLY),
  }),
  updateRow("updateCatalogModelAction", true, MINISTRY_KEEPS),
  // The ministry reads a province's own models but does not keep them.
  updateRow("updateCatalogModelAction", false, {
    ...MINISTRY_KEEPS,
    ministryAdmin: everywhere(PROVINCE_READ_ONLY),
  }),
  statusRow("setModelStatusAction", false, PROVINCE_KEEPS),
  statusRow("setCatalogModelStatusAction", true, MINISTRY_KEEPS),
  recognitionRow("addRecognitionAction", PROVINCE_KEEPS),
  recognitionRow("addMinistryRecognitionAction", MINISTRY_KEEPS),
  removeRow,
  removeMinistryRow,
  removeMinistryByProvinceRow,
];
