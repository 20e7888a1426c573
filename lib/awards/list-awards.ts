import type { AuthContext } from "@/lib/auth/current-user";
import { NotFoundError } from "@/lib/auth/errors";
import { inScope, type Tx } from "@/lib/db/scoped";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AwardIssuer, AwardKind, AwardRecipientKind } from "@/lib/generated/prisma/enums";
import {
  afterCursor,
  DEFAULT_PAGE_SIZE,
  decodeCursor,
  type KeysetPage,
  pageOf,
} from "@/lib/lists/keyset";
import { searchKey } from "@/lib/search/search-key";
import { awardRecordSelect, awardsInScope } from "./rules";
import type { AwardFilter } from "./schemas";

export interface AwardListItem {
  id: string;
  kind: AwardKind;
  issuer: AwardIssuer;
  recipientKind: AwardRecipientKind;
  recipientName: string;
  decisionNumber: string | null;
  awardedOn: Date;
  provinceName: string;
  communeName: string | null;
  formerProvinceName: string | null;
  teamName: string | null;
  pointName: string | null;
}

const listSelect = {
  id: true,
  kind: true,
  issuer: true,
  recipientKind: true,
  recipientName: true,
  decisionNumber: true,
  awardedOn: true,
  province: { select: { shortName: true } },
  commune: { select: { name: true } },
  formerProvince: { select: { shortName: true } },
  team: { select: { name: true } },
  point: { select: { name: true } },
} as const;

type Row = Prisma.AwardGetPayload<{ select: typeof listSelect }>;

function toItem(row: Row): AwardListItem {
  return {
    id: row.id,
    kind: row.kind,
    issuer: row.issuer,
    recipientKind: row.recipientKind,
    recipientName: row.recipientName,
    decisionNumber: row.decisionNumber,
    awardedOn: row.awardedOn,
    provinceName: row.province.shortName,
    communeName: row.commune?.name ?? null,
    formerProvinceName: row.formerProvince?.shortName ?? null,
    teamName: row.team?.name ?? null,
    pointName: row.point?.name ?? null,
  };
}

/** The list's where: the caller's scope first, then the filters. */
export function awardListWhere(
  ctx: AuthContext,
  filter: Partial<AwardFilter>,
): Prisma.AwardWhereInput {
  const key = filter.q ? searchKey(filter.q) : "";
  return {
    AND: [
      awardsInScope(ctx),
      ctx.scope.level === "NATION" && filter.provinceId ? { provinceId: filter.provinceId } : {},
      ctx.scope.level !== "COMMUNE" && filter.communeId ? { communeId: filter.communeId } : {},
      filter.formerProvinceId ? { formerProvinceId: filter.formerProvinceId } : {},
      filter.year
        ? {
            awardedOn: {
              gte: new Date(Date.UTC(filter.year, 0, 1)),
              lt: new Date(Date.UTC(filter.year + 1, 0, 1)),
            },
          }
        : {},
      filter.kind ? { kind: filter.kind } : {},
      filter.issuer ? { issuer: filter.issuer } : {},
      filter.recipientKind ? { recipientKind: filter.recipientKind } : {},
      key ? { searchKey: { contains: key } } : {},
    ],
  };
}

/** One keyset page, newest decision first (then by id). */
export async function fetchAwardPage(
  tx: Tx,
  ctx: AuthContext,
  filter: Partial<AwardFilter>,
  take = DEFAULT_PAGE_SIZE,
): Promise<KeysetPage<AwardListItem>> {
  const cursor = decodeCursor(filter.after);
  const cursorDate =
    cursor && typeof cursor.value === "string" && !Number.isNaN(Date.parse(cursor.value))
      ? { value: new Date(cursor.value).toISOString(), id: cursor.id }
      : null;
  const rows = await tx.award.findMany({
    where: {
      AND: [
        awardListWhere(ctx, filter),
        afterCursor("awardedOn", cursorDate, "desc") as Prisma.AwardWhereInput,
      ],
    },
    select: listSelect,
    orderBy: [{ awardedOn: "desc" }, { id: "desc" }],
    take: take + 1,
  });
  const page = pageOf(rows, take, (row) => row.awardedOn.toISOString());
  return { rows: page.rows.map(toItem), next: page.next };
}

export interface AwardTotals {
  total: number;
  /** Per issuer: collectives and people. */
  byIssuer: { issuer: AwardIssuer; kind: AwardKind; collectives: number; persons: number }[];
}

export async function awardTotals(
  tx: Tx,
  ctx: AuthContext,
  filter: Partial<AwardFilter>,
): Promise<AwardTotals> {
  const where = awardListWhere(ctx, filter);
  const groups = await tx.award.groupBy({
    by: ["issuer", "kind", "recipientKind"],
    where,
    _count: { _all: true },
  });
  const map = new Map<string, AwardTotals["byIssuer"][number]>();
  let total = 0;
  for (const g of groups) {
    const key = `${g.issuer}:${g.kind}`;
    const row = map.get(key) ?? { issuer: g.issuer, kind: g.kind, collectives: 0, persons: 0 };
    if (g.recipientKind === "COLLECTIVE") row.collectives += g._count._all;
    else row.persons += g._count._all;
    total += g._count._all;
    map.set(key, row);
  }
  const ISSUERS: AwardIssuer[] = [
    "MINISTRY",
    "FATHERLAND_FRONT",
    "PROVINCE_COMMITTEE",
    "POLICE_DIRECTOR",
  ];
  const KINDS: AwardKind[] = ["EMULATION_FLAG", "MERIT_CERTIFICATE", "MEDAL", "COMMENDATION"];
  const byIssuer = [...map.values()].sort(
    (a, b) =>
      ISSUERS.indexOf(a.issuer) - ISSUERS.indexOf(b.issuer) ||
      KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind),
  );
  return { total, byIssuer };
}

export interface AwardList extends KeysetPage<AwardListItem> {
  totals: AwardTotals;
}

export async function listAwards(
  ctx: AuthContext,
  filter: Partial<AwardFilter> = {},
): Promise<AwardList> {
  return inScope(ctx, async (tx) => {
    const totals = await awardTotals(tx, ctx, filter);
    const page = await fetchAwardPage(tx, ctx, filter);
    return { totals, ...page };
  });
}

export type AwardRecord = Prisma.AwardGetPayload<{ select: typeof awardRecordSelect }>;

/** One award for its page: the caller's scope only. */
export async function getAward(ctx: AuthContext, id: string): Promise<AwardRecord> {
  return inScope(ctx, async (tx) => {
    const award = await tx.award.findFirst({
      where: { AND: [{ id }, awardsInScope(ctx)] },
      select: awardRecordSelect,
    });
    if (!award) throw new NotFoundError("Award", id);
    return award;
  });
}

/** What the award form offers: the province's communes and its former provinces. */
export async function awardFormOptions(ctx: AuthContext) {
  if (ctx.scope.level === "NATION") return { communes: [], formerProvinces: [] };
  const provinceId = ctx.scope.provinceId;
  return inScope(ctx, async (tx) => {
    const [communes, formerProvinces] = await Promise.all([
      tx.commune.findMany({ where: { provinceId }, select: { id: true, name: true } }),
      tx.formerProvince.findMany({
        where: { successorId: provinceId },
        select: { id: true, shortName: true },
      }),
    ]);
    const collator = new Intl.Collator("vi");
    return {
      communes: communes.sort((a, b) => collator.compare(a.name, b.name)),
      formerProvinces: formerProvinces
        .map((f) => ({ id: f.id, name: f.shortName }))
        .sort((a, b) => collator.compare(a.name, b.name)),
    };
  });
}
