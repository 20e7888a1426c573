import { auditActor, writeAudit } from "@/lib/audit/write-audit";
import type { AuthContext } from "@/lib/auth/current-user";
import { FormError, NotFoundError } from "@/lib/auth/errors";
import { tenantWhere } from "@/lib/auth/scope";
import { inScope } from "@/lib/db/scoped";
import { lookUpPersons } from "../person-lookup";

// Undo in one step while nothing the import wrote has been changed since: every membership it
// created, and every person it created, still has version 1 (each edit increments it, 004).
// Otherwise the undo is refused with the names of what changed, so that the officer decides —
// an undo must never throw away an edit made after the import. Undo removes the batch's
// memberships and the persons it created that are in no other team; a person it created who has
// joined another team since stays. The batch is kept, marked UNDONE, for the record.

const NAMES_SHOWN = 10;

export async function undoImport(
  ctx: AuthContext,
  input: { id: string },
): Promise<{ id: string; memberships: number; persons: number }> {
  return inScope(
    ctx,
    async (tx) => {
      const where = { id: input.id, ...tenantWhere(ctx.scope) };
      const batch = await tx.importBatch.findFirst({
        where,
        select: { id: true, status: true, provinceId: true, communeId: true, fileName: true },
      });
      if (!batch) throw new NotFoundError("ImportBatch", input.id);
      if (batch.status === "UNDONE") throw new FormError("importAlreadyUndone");

      const batchWhere = { provinceId: batch.provinceId, importBatchId: batch.id };
      const [memberships, persons] = await Promise.all([
        tx.membership.findMany({
          where: batchWhere,
          select: { id: true, version: true, person: { select: { fullName: true } } },
        }),
        tx.person.findMany({
          where: batchWhere,
          select: { id: true, version: true, fullName: true },
        }),
      ]);
      const changed = [
        ...persons.filter((p) => p.version !== 1).map((p) => p.fullName),
        ...memberships.filter((m) => m.version !== 1).map((m) => m.person.fullName),
      ];
      const names = [...new Set(changed)];
      if (names.length > 0)
        throw new FormError("importUndoBlocked", {
          count: names.length,
          names:
            names.slice(0, NAMES_SHOWN).join(", ") +
            (names.length > NAMES_SHOWN ? ` (+${names.length - NAMES_SHOWN})` : ""),
        });

      // A person the import created who has since joined a team of another commune (a membership
      // the caller's row-level security hides) cannot go, and the undo must not half-happen.
      const batchPersonIds = new Set(persons.map((p) => p.id));
      const elsewhere = (await lookUpPersons(tx, { personIds: [...batchPersonIds] })).flatMap(
        (p) => {
          const teams = p.memberships.filter((m) => m.teamCommuneId !== batch.communeId);
          if (teams.length === 0) return [];
          const name = persons.find((q) => q.id === p.id)?.fullName ?? p.maskedName;
          return [
            `${name} — ${teams.map((m) => `${m.teamName}, ${m.teamCommuneName}`).join("; ")}`,
          ];
        },
      );
      if (elsewhere.length > 0)
        throw new FormError("importUndoJoinedElsewhere", {
          count: elsewhere.length,
          names:
            elsewhere.slice(0, NAMES_SHOWN).join("; ") +
            (elsewhere.length > NAMES_SHOWN ? ` (+${elsewhere.length - NAMES_SHOWN})` : ""),
        });

      // By batch and version in one statement each: a row changed since the read is not touched,
      // and the count tells.
      const removed = await tx.membership.deleteMany({ where: { ...batchWhere, version: 1 } });
      if (removed.count !== memberships.length) throw new FormError("conflict");
      const gone = await tx.person.deleteMany({
        where: { ...batchWhere, version: 1, memberships: { none: {} } },
      });
      const marked = await tx.importBatch.updateMany({
        where: { ...where, status: "COMMITTED" },
        data: { status: "UNDONE", undoneAt: new Date(), undoneBy: ctx.user.username },
      });
      if (marked.count !== 1) throw new FormError("conflict");
      const summary = { memberships: removed.count, persons: gone.count };
      await writeAudit(
        tx,
        auditActor(ctx, { provinceId: batch.provinceId, communeId: batch.communeId }),
        {
          action: "UNDO",
          entity: "ImportBatch",
          entityId: batch.id,
          before: { status: "COMMITTED", fileName: batch.fileName },
          after: { status: "UNDONE", ...summary },
          detail: "roster import undone",
        },
      );
      return { id: batch.id, ...summary };
    },
    { timeoutMs: 120_000 },
  );
}
