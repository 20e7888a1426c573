// What the dashboards tests share: a signed-in user's context, the labels as their keys, the
// indicator and units they read, and a flow indicator's 2024 total computed from the base rows.
import type pg from "pg";
import { type AuthContext, getCurrentUser } from "@/lib/auth/current-user";
import type { Translate } from "@/lib/dashboards/tables";
import { signInAs } from "./sign-in-as";

export const t: Translate = (key) => key;

export async function ctxOf(username: string): Promise<AuthContext> {
  const session = await signInAs(username);
  const ctx = await session.run(() => getCurrentUser());
  if (!ctx) throw new Error(`no session for ${username}`);
  return ctx;
}

/** The flow indicator with the most values, Cà Mau, Phường Giá Rai and Tuyên Quang. */
export async function dashboardFixture(owner: pg.Client) {
  const { rows } = await owner.query<{ id: number }>(
    `select v."indicatorId" as id from "ReportValue" v join "Indicator" i on i.id = v."indicatorId"
      where i.aggregation = 'FLOW' group by 1 order by count(*) desc limit 1`,
  );
  const indicatorId = rows[0]!.id;
  const ids = await owner.query<{ cm: number; gr: number; tq: number }>(
    `select (select id from "Province" where code = '96') as cm,
            (select id from "Commune" where code = '31942') as gr,
            (select id from "Province" where code = '08') as tq`,
  );
  const { cm: caMau, gr: giaRai, tq: tuyenQuang } = ids.rows[0]!;
  return { indicatorId, caMau, giaRai, tuyenQuang };
}

/** A flow indicator's 2024 total of approved reports, from the base rows. */
export async function baseTotalOf(
  owner: pg.Client,
  indicatorId: number,
  where: string,
  params: unknown[],
): Promise<number> {
  const { rows } = await owner.query<{ total: string | null }>(
    `select sum(v.value)::text as total from "Report" r
       join "ReportValue" v on v."provinceId" = r."provinceId" and v."reportId" = r.id
       join "ReportingPeriod" p on p.id = r."periodId"
      where r.status = 'APPROVED' and p.year = 2024 and v."indicatorId" = $1 and ${where}`,
    [indicatorId, ...params],
  );
  return Number(rows[0]?.total ?? 0);
}
