// Factories for the rosters tests: residential areas, teams and persons made as the owner.
import { randomUUID } from "node:crypto";
import { testCitizenId } from "./citizen-ids";
import { unitIds } from "./factories";
import { ownerDb } from "./owner-db";

export async function createArea(units: { provinceId: number; communeId: number }) {
  return ownerDb().residentialArea.create({
    data: { ...units, name: `Ấp Kiểm Thử ${randomUUID().slice(0, 8)}`, kind: "AP" },
    select: { id: true, name: true },
  });
}

export async function createTeamRow(
  units: { provinceId: number; communeId: number },
  options: { name?: string; status?: "ACTIVE" | "DISSOLVED" } = {},
) {
  const area = await createArea(units);
  const team = await ownerDb().team.create({
    data: {
      ...units,
      kind: "GRASSROOTS_SECURITY",
      name: options.name ?? `Tổ bảo vệ ANTT Kiểm Thử ${randomUUID().slice(0, 8)}`,
      establishedOn: new Date("2024-07-01T00:00:00Z"),
      ...(options.status === "DISSOLVED"
        ? {
            status: "DISSOLVED",
            dissolvedOn: new Date("2025-01-01T00:00:00Z"),
            dissolvedReason: "Sáp nhập",
          }
        : {}),
    },
    select: { id: true, name: true, version: true, provinceId: true, communeId: true },
  });
  await ownerDb().teamArea.create({
    data: { provinceId: units.provinceId, teamId: team.id, residentialAreaId: area.id },
  });
  return { ...team, areaId: area.id };
}

/** A citizen ID, no one else's, of a man born 1980 registered in Cà Mau (096). */
export function freshCitizenId(): string {
  return testCitizenId("096", "MALE", 1980);
}

export async function createPersonRow(
  units: { provinceId: number; communeId: number },
  fullName = `Nguyễn Văn Thử ${randomUUID().slice(0, 6)}`,
) {
  return ownerDb().person.create({
    data: {
      ...units,
      fullName,
      gender: "MALE",
      birthDate: new Date("1980-05-05T00:00:00Z"),
      citizenId: freshCitizenId(),
      phone: "+84912345678",
    },
    select: { id: true, fullName: true, version: true, citizenId: true },
  });
}

export async function createMembershipRow(
  team: { id: string; provinceId: number; communeId: number },
  personId: string,
  role: "LEADER" | "DEPUTY" | "MEMBER" = "MEMBER",
) {
  return ownerDb().membership.create({
    data: {
      provinceId: team.provinceId,
      communeId: team.communeId,
      teamId: team.id,
      personId,
      role,
      joinedOn: new Date("2024-08-01T00:00:00Z"),
    },
    select: { id: true, version: true },
  });
}

/** The communes of the rosters tests: Phường Giá Rai (the signed-in officer's) and another of Cà Mau. */
export async function rosterCommunes() {
  const a = await unitIds("96", "31942");
  const b = await unitIds("96", "31906");
  return {
    giaRai: { provinceId: a.provinceId, communeId: a.communeId ?? -1 },
    hungHoi: { provinceId: b.provinceId, communeId: b.communeId ?? -1 },
  };
}

/** The add-member form's input for a new person, a fresh citizen ID each time. */
export const newMember = (teamId: string, overrides: Record<string, string> = {}) => ({
  teamId,
  fullName: "Trần Văn Bảo",
  gender: "MALE",
  birthDate: "15/03/1980",
  citizenId: freshCitizenId(),
  phone: "0912.345.678",
  role: "MEMBER",
  joinedOn: "01/09/2025",
  ...overrides,
});
