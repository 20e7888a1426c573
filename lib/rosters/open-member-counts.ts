import type { Tx } from "@/lib/db/scoped";

/**
 * Open memberships of some teams, by team id (0 for a team without any): one grouped read of
 * those teams only. The ORM's relation `_count` grouped every open membership of the province
 * before joining (40,000 rows for a page of 50 teams at national scale).
 */
export async function openMemberCounts(
  tx: Tx,
  teams: readonly { id: string; provinceId: number }[],
): Promise<(teamId: string) => number> {
  const counts =
    teams.length === 0
      ? []
      : await tx.membership.groupBy({
          by: ["teamId"],
          where: {
            provinceId: { in: [...new Set(teams.map((t) => t.provinceId))] },
            teamId: { in: teams.map((t) => t.id) },
            leftOn: null,
          },
          _count: { _all: true },
        });
  const byTeam = new Map(counts.map((c) => [c.teamId, c._count._all]));
  return (teamId) => byTeam.get(teamId) ?? 0;
}
