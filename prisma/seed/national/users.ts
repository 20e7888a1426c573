import { Gender, Role } from "../../../lib/generated/prisma/enums";
import type { AddressData } from "../reference/address-data";
import type { UnitIds } from "../reference/units";
import { DEMO_PASSWORD, DEMO_USERS } from "../demo/users";
import { slugify } from "../generators/ids";
import { generateName } from "../generators/names";
import type { Rng } from "../generators/random";

// Sign-in accounts of the national data set, with the demo password (DEMO ONLY), so that a
// benchmark can sign in as every kind of user: the ministry's admin and analyst, an administrator
// and an officer in every province (`<province>.quantri`, `<province>.canbo`, as in the demo:
// camau.quantri), and commune officers for a few communes (the demo's three and the first commune
// of a few large cities).

export interface NationalUser {
  username: string;
  fullName: string;
  role: Role;
  provinceId: number | null;
  communeId: number | null;
}

/** Provinces whose first commune (by code) gets a commune officer too. */
const CITY_COMMUNE_PROVINCES = ["01", "79", "48", "31", "92"];

export function nationalUsers(data: AddressData, ids: UnitIds, rng: Rng): NationalUser[] {
  const demoName = new Map(DEMO_USERS.map((u) => [u.username, u.fullName]));
  const nameOf = (username: string): string =>
    demoName.get(username) ??
    generateName(
      rng.chance(0.5) ? "KINH_NORTH" : "KINH_SOUTH",
      rng.chance(0.6) ? Gender.MALE : Gender.FEMALE,
      rng,
    );
  const slug = (name: string): string => slugify(name).replace(/-/g, "");
  const users: NationalUser[] = [
    {
      username: "bo.quantri",
      role: Role.MINISTRY_ADMIN,
      provinceId: null,
      communeId: null,
      fullName: "",
    },
    {
      username: "bo.phantich",
      role: Role.MINISTRY_ANALYST,
      provinceId: null,
      communeId: null,
      fullName: "",
    },
  ];
  for (const p of [...data.provinces].sort((a, b) => a.code.localeCompare(b.code))) {
    const s = slug(p.shortName);
    const provinceId = ids.province(p.code);
    users.push(
      {
        username: `${s}.quantri`,
        role: Role.PROVINCE_ADMIN,
        provinceId,
        communeId: null,
        fullName: "",
      },
      {
        username: `${s}.canbo`,
        role: Role.PROVINCE_OFFICER,
        provinceId,
        communeId: null,
        fullName: "",
      },
    );
  }
  const communeUsers = DEMO_USERS.filter((u) => u.role === Role.COMMUNE_OFFICER).map((u) => ({
    username: u.username,
    communeCode: u.communeCode ?? "",
  }));
  for (const code of CITY_COMMUNE_PROVINCES) {
    const first = data.communes
      .filter((c) => c.provinceCode === code)
      .sort((a, b) => a.code.localeCompare(b.code))[0];
    if (first)
      communeUsers.push({ username: `${slug(first.name)}.canbo`, communeCode: first.code });
  }
  for (const u of communeUsers) {
    const commune = data.communes.find((c) => c.code === u.communeCode);
    if (!commune) throw new Error(`No commune ${u.communeCode}`);
    users.push({
      username: u.username,
      role: Role.COMMUNE_OFFICER,
      provinceId: ids.province(commune.provinceCode),
      communeId: ids.commune(commune.code),
      fullName: "",
    });
  }
  const seen = new Set<string>();
  for (const u of users) {
    if (seen.has(u.username)) throw new Error(`Username ${u.username} twice`);
    seen.add(u.username);
    u.fullName = nameOf(u.username).normalize("NFC");
  }
  return users;
}

export { DEMO_PASSWORD };
