import { auditDetail } from "@/lib/audit/audit-detail";
import { auditActor, writeAudit } from "@/lib/audit/write-audit";
import type { AuthContext } from "@/lib/auth/current-user";
import { inScope } from "@/lib/db/scoped";
import { formatPhone } from "./phone";
import type { RevealPersonInput } from "./schemas";
import { findPersonInScope } from "./scope";

/**
 * Shows one person's citizen ID or phone unmasked, and records who saw whose (action REVEAL,
 * entity Person) in the same transaction: no value leaves without its audit row.
 */
export async function revealPerson(
  ctx: AuthContext,
  input: RevealPersonInput,
): Promise<{ personId: string; field: "citizenId" | "phone"; value: string | null }> {
  return inScope(ctx, async (tx) => {
    const person = await findPersonInScope(tx, ctx, input.personId);
    const raw = input.field === "citizenId" ? person.citizenId : person.phone;
    await writeAudit(tx, auditActor(ctx, person), {
      action: "REVEAL",
      entity: "Person",
      entityId: person.id,
      detail: auditDetail(
        input.field === "citizenId" ? "person.citizen-id-revealed" : "person.phone-revealed",
        { name: person.fullName },
      ),
    });
    return {
      personId: person.id,
      field: input.field,
      value: raw === null ? null : input.field === "phone" ? formatPhone(raw) : raw,
    };
  });
}
