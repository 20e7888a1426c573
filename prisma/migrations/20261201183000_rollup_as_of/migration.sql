-- ───────────── hand-written: a report rollup row's time is the last approval it sums ─────────────
-- The dashboards' "Số liệu đến" is the latest "updatedAt" of the report rollup rows they read. It
-- was the clock at the moment a delta was applied: at an approval that is the approval (give or
-- take a millisecond), but a seed or a bulk load stamped every row with the time it ran, and a
-- rebuild with the time of the rebuild. Now a row's "updatedAt" is the time of the last change to
-- its figure:
--   * a report entering APPROVED, or the values of an approved report inserted (the seeds and the
--     national load write approved history that way): the report's "approvedAt";
--   * a reopening, a correction of an approved report's values or grain, a point moved to another
--     model: the clock (the figure changed then);
-- never going back (GREATEST), so that rows summing many reports hold the latest of them. A
-- rebuild (and this migration, for installs that hold data) stamps each row with the latest
-- "approvedAt" of the approved reports it sums. rollup_differences compares totals and counts only.

DROP FUNCTION app_private.rollup_apply_values(int[], uuid[], int[], bigint[], int[]);
DROP FUNCTION app_private.rollup_apply(int[], int[], int[], int[], uuid[], "ReportKind"[], int[], int[], bigint[], int[]);

-- A batch of deltas at the fine grain, added to both rollups. p_at: the approval time of a delta
-- that adds an approved report's value, null for any other change (stamped with the clock). Rows are
-- upserted in key order, so two transactions touching the same rows lock them in the same order.
CREATE FUNCTION app_private.rollup_apply(
  p_province int[], p_commune int[], p_former_province int[], p_former_commune int[],
  p_model uuid[], p_kind "ReportKind"[], p_period int[], p_indicator int[], p_value bigint[],
  p_sign int[], p_at timestamp[]
) RETURNS void LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_catalog AS $$
  WITH d AS (
    SELECT * FROM unnest(p_province, p_commune, p_former_province, p_former_commune, p_model, p_kind,
                         p_period, p_indicator, p_value, p_sign, p_at)
      AS d(province, commune, former_province, former_commune, model, kind, period, indicator,
           value, sign, at)
  ), g AS (
    SELECT province, commune, former_province, former_commune, model, kind, period, indicator,
           SUM(sign::bigint * value)::bigint AS total, SUM(sign)::int AS reports,
           MAX(CASE WHEN sign > 0 AND at IS NOT NULL THEN at ELSE clock_timestamp()::timestamp END)
             AS at
    FROM d GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
  ), fine AS (
    INSERT INTO "ReportRollup" AS t ("provinceId", "communeId", "formerProvinceId",
      "formerCommuneId", "modelId", "kind", "periodId", "indicatorId", "total", "reports", "updatedAt")
    SELECT province, commune, former_province, former_commune, model, kind, period, indicator,
           total, reports, at
    FROM g ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
    ON CONFLICT ("provinceId", "communeId", "formerProvinceId", "formerCommuneId", "modelId", "kind",
                 "periodId", "indicatorId")
    DO UPDATE SET "total" = t."total" + EXCLUDED."total", "reports" = t."reports" + EXCLUDED."reports",
                  "updatedAt" = GREATEST(t."updatedAt", EXCLUDED."updatedAt")
  )
  INSERT INTO "ReportRollupProvince" AS t ("provinceId", "formerProvinceId", "kind", "periodId",
    "indicatorId", "total", "reports", "updatedAt")
  SELECT province, former_province, kind, period, indicator, SUM(total)::bigint, SUM(reports)::int,
         MAX(at)
  FROM g GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ("provinceId", "formerProvinceId", "kind", "periodId", "indicatorId")
  DO UPDATE SET "total" = t."total" + EXCLUDED."total", "reports" = t."reports" + EXCLUDED."reports",
                "updatedAt" = GREATEST(t."updatedAt", EXCLUDED."updatedAt");
$$;

-- The fine-grain deltas of a set of (report, indicator, value, sign) rows, read with the report's
-- grain as it is now; p_approval: the values join their approved reports (inserted), stamped with
-- the report's approval, rather than being a correction (stamped with the clock).
CREATE FUNCTION app_private.rollup_apply_values(
  p_province int[], p_report uuid[], p_indicator int[], p_value bigint[], p_sign int[],
  p_approval boolean
) RETURNS void LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_catalog AS $$
DECLARE
  a record;
BEGIN
  SELECT array_agg(r."provinceId") AS province, array_agg(r."communeId") AS commune,
         array_agg(COALESCE(r."formerProvinceId", 0)) AS former_province,
         array_agg(COALESCE(r."formerCommuneId", 0)) AS former_commune,
         array_agg(COALESCE(pt."modelId", '00000000-0000-0000-0000-000000000000'::uuid)) AS model,
         array_agg(r."kind") AS kind, array_agg(r."periodId") AS period,
         array_agg(d.indicator) AS indicator, array_agg(d.value) AS value, array_agg(d.sign) AS sign,
         array_agg(CASE WHEN p_approval THEN r."approvedAt" END) AS at
  INTO a
  FROM unnest(p_province, p_report, p_indicator, p_value, p_sign)
       AS d(province, report, indicator, value, sign)
  JOIN "Report" r ON r."provinceId" = d.province AND r."id" = d.report
  LEFT JOIN "ReplicationPoint" pt ON pt."provinceId" = r."provinceId" AND pt."id" = r."pointId"
  WHERE r."status" = 'APPROVED';
  IF a.province IS NOT NULL THEN
    PERFORM app_private.rollup_apply(a.province, a.commune, a.former_province, a.former_commune,
      a.model, a.kind, a.period, a.indicator, a.value, a.sign, a.at);
  END IF;
END
$$;

-- Values of approved reports inserted (history written approved: the approval's time), changed or
-- deleted (a correction: the clock).
CREATE OR REPLACE FUNCTION app_private.rollup_values_changed() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_catalog AS $$
DECLARE
  a record;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    SELECT array_agg("provinceId") AS province, array_agg("reportId") AS report,
           array_agg("indicatorId") AS indicator, array_agg("value") AS value,
           array_agg(-1) AS sign
    INTO a FROM old_values;
    IF a.province IS NOT NULL THEN
      PERFORM app_private.rollup_apply_values(a.province, a.report, a.indicator, a.value, a.sign,
        false);
    END IF;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    SELECT array_agg("provinceId") AS province, array_agg("reportId") AS report,
           array_agg("indicatorId") AS indicator, array_agg("value") AS value,
           array_agg(1) AS sign
    INTO a FROM new_values;
    IF a.province IS NOT NULL THEN
      PERFORM app_private.rollup_apply_values(a.province, a.report, a.indicator, a.value, a.sign,
        TG_OP = 'INSERT');
    END IF;
  END IF;
  RETURN NULL;
END
$$;

-- A report entering or leaving APPROVED, or an approved report moved to another grain: its values
-- leave the old grain and join the new one; a report entering APPROVED is stamped with its approval.
CREATE OR REPLACE FUNCTION app_private.rollup_reports_changed() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_catalog AS $$
DECLARE
  a record;
BEGIN
  WITH moved AS (
    SELECT o."provinceId", o."id",
           o."status" = 'APPROVED' AS was, n."status" = 'APPROVED' AS is_now,
           o."communeId" AS o_commune, COALESCE(o."formerProvinceId", 0) AS o_fp,
           COALESCE(o."formerCommuneId", 0) AS o_fc, o."pointId" AS o_point, o."kind" AS o_kind,
           o."periodId" AS o_period,
           n."communeId" AS n_commune, COALESCE(n."formerProvinceId", 0) AS n_fp,
           COALESCE(n."formerCommuneId", 0) AS n_fc, n."pointId" AS n_point, n."kind" AS n_kind,
           n."periodId" AS n_period, n."approvedAt" AS n_approved_at
    FROM old_reports o JOIN new_reports n ON n."provinceId" = o."provinceId" AND n."id" = o."id"
    WHERE (o."status" = 'APPROVED' OR n."status" = 'APPROVED')
      AND ((o."status" = 'APPROVED') IS DISTINCT FROM (n."status" = 'APPROVED')
           OR (o."communeId", o."formerProvinceId", o."formerCommuneId", o."pointId", o."kind",
               o."periodId")
              IS DISTINCT FROM
              (n."communeId", n."formerProvinceId", n."formerCommuneId", n."pointId", n."kind",
               n."periodId"))
  ), deltas AS (
    SELECT m."provinceId" AS province, m.o_commune AS commune, m.o_fp AS fp, m.o_fc AS fc,
           COALESCE(pt."modelId", '00000000-0000-0000-0000-000000000000'::uuid) AS model,
           m.o_kind AS kind, m.o_period AS period, v."indicatorId" AS indicator, v."value", -1 AS sign,
           NULL::timestamp AS at
    FROM moved m
    JOIN "ReportValue" v ON v."provinceId" = m."provinceId" AND v."reportId" = m."id"
    LEFT JOIN "ReplicationPoint" pt ON pt."provinceId" = m."provinceId" AND pt."id" = m.o_point
    WHERE m.was
    UNION ALL
    SELECT m."provinceId", m.n_commune, m.n_fp, m.n_fc,
           COALESCE(pt."modelId", '00000000-0000-0000-0000-000000000000'::uuid),
           m.n_kind, m.n_period, v."indicatorId", v."value", 1,
           CASE WHEN NOT m.was THEN m.n_approved_at END
    FROM moved m
    JOIN "ReportValue" v ON v."provinceId" = m."provinceId" AND v."reportId" = m."id"
    LEFT JOIN "ReplicationPoint" pt ON pt."provinceId" = m."provinceId" AND pt."id" = m.n_point
    WHERE m.is_now
  )
  SELECT array_agg(province) AS province, array_agg(commune) AS commune, array_agg(fp) AS fp,
         array_agg(fc) AS fc, array_agg(model) AS model, array_agg(kind) AS kind,
         array_agg(period) AS period, array_agg(indicator) AS indicator, array_agg("value") AS value,
         array_agg(sign) AS sign, array_agg(at) AS at
  INTO a FROM deltas;
  IF a.province IS NOT NULL THEN
    PERFORM app_private.rollup_apply(a.province, a.commune, a.fp, a.fc, a.model, a.kind, a.period,
      a.indicator, a.value, a.sign, a.at);
  END IF;
  RETURN NULL;
END
$$;

-- A point moved to another model (a correction, stamped with the clock): its approved reports'
-- values move with it.
CREATE OR REPLACE FUNCTION app_private.rollup_point_model_changed() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_catalog AS $$
DECLARE
  a record;
BEGIN
  WITH moved AS (
    SELECT o."provinceId", o."id", o."modelId" AS o_model, n."modelId" AS n_model
    FROM old_points o JOIN new_points n ON n."provinceId" = o."provinceId" AND n."id" = o."id"
    WHERE o."modelId" IS DISTINCT FROM n."modelId"
  ), deltas AS (
    SELECT r."provinceId" AS province, r."communeId" AS commune,
           COALESCE(r."formerProvinceId", 0) AS fp, COALESCE(r."formerCommuneId", 0) AS fc,
           s.model, r."kind", r."periodId" AS period, v."indicatorId" AS indicator, v."value", s.sign
    FROM moved m
    CROSS JOIN LATERAL (VALUES (m.o_model, -1), (m.n_model, 1)) AS s(model, sign)
    JOIN "Report" r ON r."provinceId" = m."provinceId" AND r."pointId" = m."id"
                   AND r."status" = 'APPROVED'
    JOIN "ReportValue" v ON v."provinceId" = r."provinceId" AND v."reportId" = r."id"
  )
  SELECT array_agg(province) AS province, array_agg(commune) AS commune, array_agg(fp) AS fp,
         array_agg(fc) AS fc, array_agg(model) AS model, array_agg("kind") AS kind,
         array_agg(period) AS period, array_agg(indicator) AS indicator, array_agg("value") AS value,
         array_agg(sign) AS sign, array_agg(NULL::timestamp) AS at
  INTO a FROM deltas;
  IF a.province IS NOT NULL THEN
    PERFORM app_private.rollup_apply(a.province, a.commune, a.fp, a.fc, a.model, a.kind, a.period,
      a.indicator, a.value, a.sign, a.at);
  END IF;
  RETURN NULL;
END
$$;

-- The rollups as the base rows say they should be, with the latest approval each row sums (a
-- report approved before approvals were timed counts as approved now).
CREATE OR REPLACE VIEW app_private.report_rollup_computed AS
  SELECT r."provinceId", r."communeId", COALESCE(r."formerProvinceId", 0) AS "formerProvinceId",
         COALESCE(r."formerCommuneId", 0) AS "formerCommuneId",
         COALESCE(pt."modelId", '00000000-0000-0000-0000-000000000000'::uuid) AS "modelId",
         r."kind", r."periodId", v."indicatorId", SUM(v."value")::bigint AS "total",
         count(*)::int AS "reports",
         COALESCE(MAX(r."approvedAt"), clock_timestamp()::timestamp)::timestamp(3) AS "approvedAt"
  FROM "Report" r
  JOIN "ReportValue" v ON v."provinceId" = r."provinceId" AND v."reportId" = r."id"
  LEFT JOIN "ReplicationPoint" pt ON pt."provinceId" = r."provinceId" AND pt."id" = r."pointId"
  WHERE r."status" = 'APPROVED'
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;

-- The province rows summed from the fine ones (after a rebuild or a bulk load of the fine rows).
CREATE FUNCTION app_private.report_rollup_province_rebuild() RETURNS void LANGUAGE sql VOLATILE
SET search_path = public, pg_catalog AS $$
  DELETE FROM "ReportRollupProvince";
  INSERT INTO "ReportRollupProvince" ("provinceId", "formerProvinceId", "kind", "periodId",
    "indicatorId", "total", "reports", "updatedAt")
  SELECT "provinceId", "formerProvinceId", "kind", "periodId", "indicatorId", SUM("total"),
         SUM("reports"), MAX("updatedAt")
  FROM "ReportRollup" GROUP BY 1, 2, 3, 4, 5;
$$;

-- Rebuilds both report rollups from the base rows, each row stamped with its latest approval.
CREATE OR REPLACE FUNCTION app_private.report_rollups_rebuild() RETURNS void LANGUAGE sql VOLATILE
SET search_path = public, pg_catalog AS $$
  DELETE FROM "ReportRollup";
  DELETE FROM "ReportRollupProvince";
  INSERT INTO "ReportRollup" ("provinceId", "communeId", "formerProvinceId", "formerCommuneId",
    "modelId", "kind", "periodId", "indicatorId", "total", "reports", "updatedAt")
  SELECT * FROM app_private.report_rollup_computed;
  SELECT app_private.report_rollup_province_rebuild();
$$;

-- Stamps the rows of the report rollups with the latest approval they sum, keeping their figures
-- (installs that already held data when approvals began to be stamped; a repair).
CREATE FUNCTION app_private.report_rollups_stamp() RETURNS void LANGUAGE sql VOLATILE
SET search_path = public, pg_catalog AS $$
  UPDATE "ReportRollup" t SET "updatedAt" = c."approvedAt"
  FROM app_private.report_rollup_computed c
  WHERE (t."provinceId", t."communeId", t."formerProvinceId", t."formerCommuneId", t."modelId",
         t."kind", t."periodId", t."indicatorId")
      = (c."provinceId", c."communeId", c."formerProvinceId", c."formerCommuneId", c."modelId",
         c."kind", c."periodId", c."indicatorId")
    AND t."updatedAt" IS DISTINCT FROM c."approvedAt";
  UPDATE "ReportRollupProvince" t SET "updatedAt" = f.at
  FROM (SELECT "provinceId", "formerProvinceId", "kind", "periodId", "indicatorId",
               MAX("updatedAt") AS at
        FROM "ReportRollup" GROUP BY 1, 2, 3, 4, 5) f
  WHERE (t."provinceId", t."formerProvinceId", t."kind", t."periodId", t."indicatorId")
      = (f."provinceId", f."formerProvinceId", f."kind", f."periodId", f."indicatorId")
    AND t."updatedAt" IS DISTINCT FROM f.at;
$$;

REVOKE ALL ON FUNCTION app_private.rollup_apply(int[], int[], int[], int[], uuid[], "ReportKind"[], int[], int[], bigint[], int[], timestamp[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION app_private.rollup_apply_values(int[], uuid[], int[], bigint[], int[], boolean) FROM PUBLIC;
REVOKE ALL ON FUNCTION app_private.report_rollup_province_rebuild() FROM PUBLIC;
REVOKE ALL ON FUNCTION app_private.report_rollups_stamp() FROM PUBLIC;

-- Installs that already hold approved reports: their rows stamped with the approvals they sum.
SELECT app_private.report_rollups_stamp();

SELECT app_private.harden_policies();
