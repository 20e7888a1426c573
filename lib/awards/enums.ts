import { AwardIssuer, AwardKind, AwardRecipientKind } from "@/lib/generated/prisma/enums";

// The awards' enumerations for the UI (components never import the generated client).
export type { AwardIssuer, AwardKind, AwardRecipientKind };
export const AWARD_KINDS = Object.values(AwardKind);
export const AWARD_ISSUERS = Object.values(AwardIssuer);
export const AWARD_RECIPIENT_KINDS = Object.values(AwardRecipientKind);
