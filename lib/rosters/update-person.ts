import { auditActor, writeAudit } from "@/lib/audit/write-audit";
import type { AuthContext } from "@/lib/auth/current-user";
import { ConflictError, FieldErrors } from "@/lib/auth/errors";
import { inScope } from "@/lib/db/scoped";
import { Prisma } from "@/lib/generated/prisma/client";
import { lookUpPersons } from "./person-lookup";
import { checkPerson } from "./rules";
import type { UpdatePersonInput } from "./schemas";
import { findPersonInScope, type PersonRecord, personsInScope } from "./scope";

const tail = (value: string | null) => (value ? `…${value.slice(-4)}` : null);
function values(p: PersonRecord) {
  return {
    fullName: p.fullName,
    gender: p.gender,
    birthDate: p.birthDate,
    residentialAreaId: p.residentialAreaId,
    ethnicityId: p.ethnicityId,
    religion: p.religion,
    affiliation: p.affiliation,
    citizenId: tail(p.citizenId),
    phone: tail(p.phone),
  };
}

/**
 * Corrects a person's details (the same checks as a new person, the stored citizen ID checked
 * against a corrected gender or birth date too); refused over a newer version.
 */
export async function updatePerson(
  ctx: AuthContext,
  input: UpdatePersonInput,
): Promise<{ id: string; version: number }> {
  try {
    return await inScope(ctx, async (tx) => {
      const before = await findPersonInScope(tx, ctx, input.id);
      const conflict = (p: PersonRecord) =>
        new ConflictError({ fullName: p.fullName, version: p.version });
      if (before.version !== input.version) throw conflict(before);
      // An empty citizen ID or phone field keeps the stored value (the form never holds it).
      const checked = checkPerson({
        fullName: input.fullName,
        gender: input.gender,
        birthDate: input.birthDate ?? null,
        citizenId: input.citizenId ?? before.citizenId,
        phone: input.clearPhone === true ? null : (input.phone ?? before.phone),
      });
      const problems = Object.entries(checked.problems);
      if (problems.length > 0)
        throw new FieldErrors(Object.fromEntries(problems.map(([field, key]) => [field, { key }])));
      if (checked.citizenId && checked.citizenId !== before.citizenId) {
        // One person per citizen ID in the province: name the record that holds it, wherever in
        // the province it is kept (the narrow lookup; the name masked).
        const [holder] = (await lookUpPersons(tx, { citizenIds: [checked.citizenId] })).filter(
          (p) => p.id !== before.id,
        );
        if (holder)
          throw new FieldErrors({
            citizenId: {
              key: "citizenIdTakenBy",
              values: { name: holder.maskedName, commune: holder.communeName },
            },
          });
      }
      if (input.residentialAreaId) {
        const area = await tx.residentialArea.findFirst({
          where: {
            id: input.residentialAreaId,
            provinceId: before.provinceId,
            communeId: before.communeId,
          },
          select: { id: true },
        });
        if (!area)
          throw new FieldErrors({ residentialAreaId: { key: "residentialAreaOutOfScope" } });
      }
      const { count } = await tx.person.updateMany({
        where: { id: input.id, ...personsInScope(ctx), version: before.version },
        data: {
          fullName: checked.fullName,
          gender: input.gender,
          birthDate: input.birthDate ?? null,
          citizenId: checked.citizenId,
          phone: checked.phone,
          residentialAreaId: input.residentialAreaId ?? null,
          ...(input.ethnicityId ? { ethnicityId: input.ethnicityId } : {}),
          ...(input.religion ? { religion: input.religion } : {}),
          ...(input.affiliation ? { affiliation: input.affiliation } : {}),
          version: { increment: 1 },
        },
      });
      if (count === 0) throw conflict(await findPersonInScope(tx, ctx, input.id));
      const after = await findPersonInScope(tx, ctx, input.id);
      await writeAudit(tx, auditActor(ctx, before), {
        action: "UPDATE",
        entity: "Person",
        entityId: before.id,
        before: values(before),
        after: values(after),
      });
      return { id: after.id, version: after.version };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new FieldErrors({ citizenId: { key: "citizenIdTaken" } });
    throw error;
  }
}
