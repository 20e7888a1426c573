import type { LeadOrganization, ModelField, Religion } from "../../../lib/generated/prisma/enums";
import type { ProfileKind } from "./member-profiles";

// How a province uses a model: how many points, where, since when, with whom. `nat` names a
// model of the national catalog, `own` a province's own model.

export interface ModelUse {
  /** National catalog code, or the province's own model (then name, field and lead are given). */
  code: string;
  national: boolean;
  name?: string;
  field?: ModelField;
  lead?: LeadOrganization;
  points: number;
  /** Only in these old districts (matched on the end of the district name). */
  districts?: readonly string[];
  /** Only in urban (phường, thị trấn) or only in rural former communes. */
  urban?: boolean;
  /** One point per former commune. */
  spread?: boolean;
  /** The first point: its former commune code and date (the model's origin). */
  origin?: { formerCode: string; on: readonly [number, number, number] };
  /** Earliest establishment year of the other points. */
  since: number;
  profile: ProfileKind;
  religion?: Religion;
  /** The point sits in a residential area. */
  atArea?: boolean;
  /** Team weight: how many teams a point of this model has, relative to others. */
  teams?: number;
  /** Its points report border patrols. */
  border?: boolean;
}

export const own = (
  name: string,
  field: ModelField,
  lead: LeadOrganization,
  points: number,
  since: number,
  profile: ProfileKind,
  extra: Partial<ModelUse> = {},
): ModelUse => ({
  code: "",
  national: false,
  name: name.normalize("NFC"),
  field,
  lead,
  points,
  since,
  profile,
  ...extra,
});
export const nat = (
  code: string,
  points: number,
  since: number,
  profile: ProfileKind,
  extra: Partial<ModelUse> = {},
): ModelUse => ({
  code,
  national: true,
  points,
  since,
  profile,
  ...extra,
});
