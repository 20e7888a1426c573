import { randomUUID } from "node:crypto";
import { auditActor, writeAudit } from "@/lib/audit/write-audit";
import type { AuthContext } from "@/lib/auth/current-user";
import { FieldErrors, FormError } from "@/lib/auth/errors";
import { inScope } from "@/lib/db/scoped";
import {
  analyseRows,
  hasErrors,
  hasQuestions,
  needsAgeNote,
  readImportFile,
} from "./analyse-import";
import type { SplitChoices } from "./check-rows";
import { insertRows } from "./bulk-insert";
import { findImportCommune } from "./import-scope";

// All or nothing: a file with any row in error writes nothing, and the officer fixes the file and
// uploads it again. A file is the office's list; importing part of it would leave the officer to
// work out which rows went in and to upload a second file that must not repeat them — the same
// mistake the all-or-nothing rule is there to avoid. Rows with warnings only (a member outside
// 18–70, a person already in a team of another kind) go in; the age warning needs the officer's
// note.

const CHUNK = 20_000;

const PERSON_COLUMNS = [
  ["id", "uuid"],
  ["provinceId", "int4"],
  ["communeId", "int4"],
  ["residentialAreaId", "uuid"],
  ["fullName", "text"],
  ["gender", '"Gender"'],
  ["birthDate", "date"],
  ["ethnicityId", "int4"],
  ["religion", '"Religion"'],
  ["phone", "text"],
  ["citizenId", "text"],
  ["importBatchId", "uuid"],
] as const;

const MEMBERSHIP_COLUMNS = [
  ["id", "uuid"],
  ["provinceId", "int4"],
  ["communeId", "int4"],
  ["teamId", "uuid"],
  ["personId", "uuid"],
  ["role", '"MemberRole"'],
  ["joinedOn", "date"],
  ["ageNote", "text"],
  ["importBatchId", "uuid"],
] as const;

export interface CommitResult {
  batchId: string;
  rowCount: number;
  personCount: number;
  membershipCount: number;
}

export async function commitImport(
  ctx: AuthContext,
  input: {
    communeId?: number;
    fileName: string;
    bytes: Uint8Array;
    choices?: SplitChoices;
    ageNote?: string;
  },
): Promise<CommitResult> {
  // Reading the file is slow pure work: before the transaction opens.
  const file = await readImportFile(input.fileName, input.bytes);
  if (file.rows.length === 0) throw new FormError("importEmpty");
  const fileName = input.fileName.normalize("NFC").slice(0, 255);

  return inScope(
    ctx,
    async (tx) => {
      const commune = await findImportCommune(tx, ctx, input.communeId);
      const { rows } = await analyseRows(tx, commune, file.rows, input.choices ?? {});
      const wrong = rows.filter(hasErrors);
      if (wrong.length > 0)
        throw new FormError("importHasErrors", {
          count: wrong.length,
          rows:
            wrong
              .slice(0, 10)
              .map((r) => r.rowNumber)
              .join(", ") + (wrong.length > 10 ? "…" : ""),
        });
      if (rows.some(hasQuestions)) throw new FormError("importQuestionsOpen");
      const ageNote = input.ageNote ?? "";
      if (rows.some(needsAgeNote) && ageNote === "")
        throw new FieldErrors({ ageNote: { key: "ageNoteRequired" } });

      const batchId = randomUUID();
      const newPersons: Record<string, string | number | Date | null>[] = [];
      const personIds = new Map<string, string>();
      for (const row of rows) {
        if (row.personId) {
          personIds.set(row.citizenId, row.personId);
          continue;
        }
        const id = randomUUID();
        personIds.set(row.citizenId, id);
        newPersons.push({
          id,
          provinceId: commune.provinceId,
          communeId: commune.id,
          residentialAreaId: row.areaId,
          fullName: row.fullName,
          gender: row.gender ?? "MALE",
          birthDate: row.birthDate,
          ethnicityId: row.ethnicityId ?? 1,
          religion: row.religion,
          phone: row.phone,
          citizenId: row.citizenId,
          importBatchId: batchId,
        });
      }

      await tx.importBatch.createMany({
        data: {
          id: batchId,
          provinceId: commune.provinceId,
          communeId: commune.id,
          userId: ctx.user.id,
          username: ctx.user.username,
          fileName,
          rowCount: rows.length,
          personCount: newPersons.length,
          membershipCount: rows.length,
        },
      });

      // ON CONFLICT DO NOTHING: a citizen ID that a record of another commune already holds (which
      // a commune officer cannot see) is not inserted, and is named below instead of failing on
      // the unique key with no row to point at.
      let inserted = 0;
      for (let i = 0; i < newPersons.length; i += CHUNK) {
        inserted += await insertRows(tx, "Person", PERSON_COLUMNS, newPersons.slice(i, i + CHUNK), {
          onConflictDoNothing: true,
        });
      }
      if (inserted < newPersons.length) {
        const written = new Set(
          (
            await tx.person.findMany({
              where: { provinceId: commune.provinceId, importBatchId: batchId },
              select: { citizenId: true },
            })
          ).map((p) => p.citizenId),
        );
        const elsewhere = rows.filter((r) => r.personId === null && !written.has(r.citizenId));
        throw new FormError("importCitizenIdElsewhere", {
          rows: elsewhere
            .slice(0, 20)
            .map((r) => r.rowNumber)
            .join(", "),
        });
      }

      const memberships = rows.map((row) => ({
        id: randomUUID(),
        provinceId: commune.provinceId,
        communeId: commune.id,
        teamId: row.teamId ?? "",
        personId: personIds.get(row.citizenId) ?? "",
        role: row.role,
        joinedOn: row.joinedOn,
        ageNote: needsAgeNote(row) ? ageNote : null,
        importBatchId: batchId,
      }));
      for (let i = 0; i < memberships.length; i += CHUNK)
        await insertRows(tx, "Membership", MEMBERSHIP_COLUMNS, memberships.slice(i, i + CHUNK));

      const result: CommitResult = {
        batchId,
        rowCount: rows.length,
        personCount: newPersons.length,
        membershipCount: memberships.length,
      };
      await writeAudit(
        tx,
        auditActor(ctx, { provinceId: commune.provinceId, communeId: commune.id }),
        {
          action: "IMPORT",
          entity: "ImportBatch",
          entityId: batchId,
          after: { fileName, ...result },
          detail: "roster import",
        },
      );
      return result;
    },
    { timeoutMs: 120_000 },
  );
}
