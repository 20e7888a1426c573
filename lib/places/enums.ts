import { OrganizationKind, ResidentialAreaKind } from "@/lib/generated/prisma/enums";

// The places' enumerations for the UI (components never import the generated client).
export type { OrganizationKind, ResidentialAreaKind };
export const AREA_KINDS = Object.values(ResidentialAreaKind);
export const ORGANIZATION_KINDS = Object.values(OrganizationKind);
