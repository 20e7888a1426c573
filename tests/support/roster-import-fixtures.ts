// Fixtures of the roster import tests: teams, an area, a split former commune and valid citizen
// IDs, written as the owner in a commune of the demo data.
import { randomUUID } from "node:crypto";
import type { TeamKind } from "@/lib/generated/prisma/client";
import { testCitizenId } from "./citizen-ids";
import { ownerDb } from "./owner-db";

/** A valid citizen ID, no one else's, of someone registered in Bạc Liêu (095). */
export function citizenIdFor(gender: "MALE" | "FEMALE", birthYear: number): string {
  return testCitizenId("095", gender, birthYear);
}

export async function createTeam(
  unit: { provinceId: number; communeId: number },
  kind: TeamKind,
  name = `Tổ kiểm thử ${randomUUID().slice(0, 8)}`,
) {
  return ownerDb().team.create({
    data: { provinceId: unit.provinceId, communeId: unit.communeId, kind, name },
    select: { id: true, name: true },
  });
}

export async function createArea(unit: { provinceId: number; communeId: number }) {
  return ownerDb().residentialArea.create({
    data: {
      provinceId: unit.provinceId,
      communeId: unit.communeId,
      name: `Ấp Kiểm Thử ${randomUUID().slice(0, 8)}`,
      kind: "AP",
    },
    select: { id: true, name: true },
  });
}

/** A person on record with an open membership of a team. */
export async function createMember(
  unit: { provinceId: number; communeId: number },
  teamId: string,
  options: { role?: "LEADER" | "DEPUTY" | "MEMBER"; fullName?: string } = {},
) {
  const db = ownerDb();
  const person = await db.person.create({
    data: {
      provinceId: unit.provinceId,
      communeId: unit.communeId,
      fullName: options.fullName ?? "Trần Văn Có Sẵn",
      gender: "MALE",
      birthDate: new Date(Date.UTC(1970, 0, 2)),
      citizenId: citizenIdFor("MALE", 1970),
    },
  });
  await db.membership.create({
    data: {
      provinceId: unit.provinceId,
      communeId: unit.communeId,
      teamId,
      personId: person.id,
      role: options.role ?? "MEMBER",
      joinedOn: new Date(Date.UTC(2020, 0, 1)),
    },
  });
  return person;
}

/** A made-up former commune of Bạc Liêu split between two new communes. */
export async function createSplitFormerCommune(communeIds: [number, number]) {
  const db = ownerDb();
  const province = await db.formerProvince.findUniqueOrThrow({ where: { name: "Tỉnh Bạc Liêu" } });
  const name = `Xã Kiểm Thử ${randomUUID().slice(0, 6)}`;
  const former = await db.formerCommune.create({
    data: { name, districtName: "Thị xã Giá Rai", formerProvinceId: province.id },
  });
  await db.communeMapping.createMany({
    data: communeIds.map((communeId) => ({ formerCommuneId: former.id, communeId })),
  });
  return { id: former.id, name };
}

/**
 * Removes the former commune createSplitFormerCommune made: the worker's database is shared by the
 * test files after this one, and former Bạc Liêu has 64 communes (tests count them).
 */
export async function removeSplitFormerCommune(id: number): Promise<void> {
  const db = ownerDb();
  await db.$transaction([
    db.communeMapping.deleteMany({ where: { formerCommuneId: id } }),
    db.formerCommune.delete({ where: { id } }),
  ]);
}

/** A file as the import form sends it. */
export const importFile = (bytes: Uint8Array, name: string) =>
  new File([bytes.slice().buffer], name);

/** The rows an import writes, counted as the owner: equal before and after a refused import. */
export async function importCounts() {
  const db = ownerDb();
  const [persons, memberships, batches] = await Promise.all([
    db.person.count(),
    db.membership.count(),
    db.importBatch.count(),
  ]);
  return { persons, memberships, batches };
}
