"use server";

import { authAction } from "@/lib/auth/guard";
import { revalidatePaths } from "@/lib/cache/revalidate";
import { addRecognition } from "@/lib/models/add-recognition";
import { createModel } from "@/lib/models/create-model";
import { removeRecognition } from "@/lib/models/remove-recognition";
import {
  addRecognitionSchema,
  createModelSchema,
  removeRecognitionSchema,
  setModelStatusSchema,
  updateModelSchema,
} from "@/lib/models/schemas";
import { setModelStatus } from "@/lib/models/set-model-status";
import { updateModel } from "@/lib/models/update-model";

// Models: thin actions over lib/models. Two permissions keep two registers: `models.edit` a
// province's own models and its province-level recognitions, `catalog.edit` the ministry's
// national catalog and its nationwide recognitions. The domain functions decide which models the
// caller keeps (by owner, in every where).

function revalidateModels(locale: string, id?: string): void {
  revalidatePaths(`/${locale}/models`, ...(id ? [`/${locale}/models/${id}`] : []));
}

export const createModelAction = authAction(
  { schema: createModelSchema, permission: "models.edit" },
  async (input, ctx) => {
    const created = await createModel(ctx, input);
    revalidateModels(ctx.locale);
    return created;
  },
);

export const createCatalogModelAction = authAction(
  { schema: createModelSchema, permission: "catalog.edit" },
  async (input, ctx) => {
    const created = await createModel(ctx, input);
    revalidateModels(ctx.locale);
    return created;
  },
);

export const updateModelAction = authAction(
  { schema: updateModelSchema, permission: "models.edit" },
  async (input, ctx) => {
    const updated = await updateModel(ctx, input);
    revalidateModels(ctx.locale, updated.id);
    return updated;
  },
);

export const updateCatalogModelAction = authAction(
  { schema: updateModelSchema, permission: "catalog.edit" },
  async (input, ctx) => {
    const updated = await updateModel(ctx, input);
    revalidateModels(ctx.locale, updated.id);
    return updated;
  },
);

export const setModelStatusAction = authAction(
  { schema: setModelStatusSchema, permission: "models.edit" },
  async (input, ctx) => {
    const result = await setModelStatus(ctx, input);
    revalidateModels(ctx.locale, result.id);
    return result;
  },
);

export const setCatalogModelStatusAction = authAction(
  { schema: setModelStatusSchema, permission: "catalog.edit" },
  async (input, ctx) => {
    const result = await setModelStatus(ctx, input);
    revalidateModels(ctx.locale, result.id);
    return result;
  },
);

export const addRecognitionAction = authAction(
  { schema: addRecognitionSchema, permission: "models.edit" },
  async (input, ctx) => {
    const added = await addRecognition(ctx, input);
    revalidateModels(ctx.locale, added.modelId);
    return added;
  },
);

export const addMinistryRecognitionAction = authAction(
  { schema: addRecognitionSchema, permission: "catalog.edit" },
  async (input, ctx) => {
    const added = await addRecognition(ctx, input);
    revalidateModels(ctx.locale, added.modelId);
    return added;
  },
);

export const removeRecognitionAction = authAction(
  { schema: removeRecognitionSchema, permission: "models.edit" },
  async (input, ctx) => {
    const removed = await removeRecognition(ctx, input);
    revalidateModels(ctx.locale, removed.modelId);
    return removed;
  },
);

/** The ministry administrator removes a nationwide replication entered by mistake. */
export const removeMinistryRecognitionAction = authAction(
  { schema: removeRecognitionSchema, permission: "catalog.edit" },
  async (input, ctx) => {
    const removed = await removeRecognition(ctx, input);
    revalidateModels(ctx.locale, removed.modelId);
    return removed;
  },
);
