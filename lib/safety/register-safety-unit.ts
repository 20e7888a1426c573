import { auditActor, writeAudit } from "@/lib/audit/write-audit";
import type { AuthContext } from "@/lib/auth/current-user";
import { FieldErrors } from "@/lib/auth/errors";
import { inScope, type Tx } from "@/lib/db/scoped";
import type { SafetyUnitType } from "@/lib/generated/prisma/enums";
import { today } from "@/lib/points/rules";
import { isOrganizationType, MERGER_YEAR, registrationYearProblem } from "./rules";
import type { RegisterSafetyUnitInput } from "./schemas";
import { communeForWrite, formerCommuneOf, isUniqueViolation } from "./scope";

interface Subject {
  unitType: SafetyUnitType;
  residentialAreaId: string | null;
  organizationId: string | null;
  formerCommuneId: number | null;
  /** The field a duplicate registration is reported at. */
  field: string;
}

async function subjectOf(
  tx: Tx,
  ctx: AuthContext,
  commune: { id: number; provinceId: number },
  input: RegisterSafetyUnitInput,
): Promise<Subject> {
  const before = input.year < MERGER_YEAR;
  if (input.unitType === "RESIDENTIAL_AREA") {
    if (!input.residentialAreaId)
      throw new FieldErrors({ residentialAreaId: { key: "safetyUnitRequired" } });
    const area = await tx.residentialArea.findFirst({
      where: { id: input.residentialAreaId, provinceId: commune.provinceId, communeId: commune.id },
      select: { id: true, formerCommuneId: true },
    });
    if (!area) throw new FieldErrors({ residentialAreaId: { key: "areaNotInCommune" } });
    return {
      unitType: "RESIDENTIAL_AREA",
      residentialAreaId: area.id,
      organizationId: null,
      formerCommuneId: before ? area.formerCommuneId : null,
      field: "residentialAreaId",
    };
  }
  if (isOrganizationType(input.unitType)) {
    if (!input.organizationId)
      throw new FieldErrors({ organizationId: { key: "safetyUnitRequired" } });
    const organization = await tx.organization.findFirst({
      where: { id: input.organizationId, provinceId: commune.provinceId, communeId: commune.id },
      select: { id: true, kind: true, formerCommuneId: true },
    });
    if (!organization)
      throw new FieldErrors({ organizationId: { key: "organizationNotInCommune" } });
    return {
      // An organisation registers as what it is (an agency, an enterprise or a school).
      unitType: organization.kind,
      residentialAreaId: null,
      organizationId: organization.id,
      formerCommuneId: before ? organization.formerCommuneId : null,
      field: "organizationId",
    };
  }
  // The commune itself: registered by the province (the commune officer registers its units).
  if (ctx.scope.level === "COMMUNE")
    throw new FieldErrors({ unitType: { key: "safetyCommuneByProvince" } });
  if (!before && input.formerCommuneId !== undefined)
    throw new FieldErrors({ formerCommuneId: { key: "safetyFormerCommuneNotAllowed" } });
  return {
    unitType: "COMMUNE",
    residentialAreaId: null,
    organizationId: null,
    formerCommuneId: before ? await formerCommuneOf(tx, commune.id, input.formerCommuneId) : null,
    field: before ? "formerCommuneId" : "communeId",
  };
}

/**
 * Registers a unit of a commune for "An toàn về ANTT" in a year: a residential area, an agency,
 * enterprise or school, or (by the province) the commune itself. Before 2025 the registration names
 * the former commune it was made for (decision 010). Once per unit and year.
 */
export async function registerSafetyUnit(
  ctx: AuthContext,
  input: RegisterSafetyUnitInput,
): Promise<{ id: string }> {
  const day = today();
  if (registrationYearProblem(input.year, day.getUTCFullYear()))
    throw new FieldErrors({ year: { key: "safetyYearInvalid" } });
  let field = "residentialAreaId";
  try {
    return await inScope(ctx, async (tx) => {
      const commune = await communeForWrite(tx, ctx, input.communeId);
      const subject = await subjectOf(tx, ctx, commune, input);
      field = subject.field;
      const duplicate = await tx.safetyRegistration.findFirst({
        where: {
          provinceId: commune.provinceId,
          year: input.year,
          ...(subject.residentialAreaId
            ? { residentialAreaId: subject.residentialAreaId }
            : subject.organizationId
              ? { organizationId: subject.organizationId }
              : subject.formerCommuneId !== null
                ? { unitType: "COMMUNE", formerCommuneId: subject.formerCommuneId }
                : { unitType: "COMMUNE", communeId: commune.id, formerCommuneId: null }),
        },
        select: { id: true },
      });
      if (duplicate)
        throw new FieldErrors({
          [field]: { key: "safetyAlreadyRegistered", values: { year: String(input.year) } },
        });
      const created = await tx.safetyRegistration.create({
        data: {
          provinceId: commune.provinceId,
          communeId: commune.id,
          year: input.year,
          unitType: subject.unitType,
          residentialAreaId: subject.residentialAreaId,
          organizationId: subject.organizationId,
          formerCommuneId: subject.formerCommuneId,
          registeredOn: day,
        },
        select: { id: true },
      });
      await writeAudit(
        tx,
        auditActor(ctx, { provinceId: commune.provinceId, communeId: commune.id }),
        {
          action: "CREATE",
          entity: "SafetyRegistration",
          entityId: created.id,
          after: {
            year: input.year,
            unitType: subject.unitType,
            communeId: commune.id,
            residentialAreaId: subject.residentialAreaId,
            organizationId: subject.organizationId,
            formerCommuneId: subject.formerCommuneId,
          },
        },
      );
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new FieldErrors({
        [field]: { key: "safetyAlreadyRegistered", values: { year: String(input.year) } },
      });
    throw error;
  }
}
