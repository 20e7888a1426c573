import { LeadOrganization, PointStatus, Rating } from "@/lib/generated/prisma/enums";

// The points' enumerations for the UI (components never import the generated client).
export type { LeadOrganization, PointStatus, Rating };
export const LEAD_ORGANIZATIONS = Object.values(LeadOrganization);
export const STATUSES = Object.values(PointStatus);
export const RATINGS = Object.values(Rating);
