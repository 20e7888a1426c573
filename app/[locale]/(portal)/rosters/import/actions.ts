"use server";

import { authAction } from "@/lib/auth/guard";
import { revalidatePaths } from "@/lib/cache/revalidate";
import { commitImport } from "@/lib/rosters/import/commit-import";
import { commitImportSchema, undoImportSchema } from "@/lib/rosters/import/schemas";
import { undoImport } from "@/lib/rosters/import/undo-import";

// Roster import: thin actions over lib/rosters/import. The preview is a route handler
// (app/api/imports/preview) because it streams its progress; it writes nothing.

export const commitImportAction = authAction(
  { schema: commitImportSchema, permission: "rosters.edit" },
  async (input, ctx) => {
    const result = await commitImport(ctx, {
      communeId: input.communeId,
      fileName: input.file.name,
      bytes: new Uint8Array(await input.file.arrayBuffer()),
      choices: input.choices,
      ageNote: input.ageNote,
    });
    revalidatePaths(`/${ctx.locale}/rosters/import`);
    return result;
  },
);

export const undoImportAction = authAction(
  { schema: undoImportSchema, permission: "rosters.edit" },
  async (input, ctx) => {
    const result = await undoImport(ctx, input);
    revalidatePaths(`/${ctx.locale}/rosters/import`);
    return result;
  },
);
