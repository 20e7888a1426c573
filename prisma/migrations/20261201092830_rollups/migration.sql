-- CreateTable
CREATE TABLE "ReportRollup" (
    "provinceId" INTEGER NOT NULL,
    "communeId" INTEGER NOT NULL,
    "formerProvinceId" INTEGER NOT NULL DEFAULT 0,
    "formerCommuneId" INTEGER NOT NULL DEFAULT 0,
    "modelId" UUID NOT NULL,
    "kind" "ReportKind" NOT NULL,
    "periodId" INTEGER NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "total" BIGINT NOT NULL,
    "reports" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportRollup_pkey" PRIMARY KEY ("provinceId","communeId","formerProvinceId","formerCommuneId","modelId","kind","periodId","indicatorId")
);

-- CreateTable
CREATE TABLE "ReportRollupProvince" (
    "provinceId" INTEGER NOT NULL,
    "formerProvinceId" INTEGER NOT NULL DEFAULT 0,
    "kind" "ReportKind" NOT NULL,
    "periodId" INTEGER NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "total" BIGINT NOT NULL,
    "reports" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportRollupProvince_pkey" PRIMARY KEY ("provinceId","formerProvinceId","kind","periodId","indicatorId")
);

-- CreateIndex
CREATE INDEX "ReportRollup_provinceId_periodId_indicatorId_idx" ON "ReportRollup"("provinceId", "periodId", "indicatorId");

-- CreateIndex
CREATE INDEX "ReportRollupProvince_periodId_indicatorId_idx" ON "ReportRollupProvince"("periodId", "indicatorId");

-- ───────────── hand-written: the rollups are kept by the database ─────────────
-- Decision 011. Every change that moves an approved figure — a report entering or leaving APPROVED,
-- a value of an approved report inserted, changed or deleted, a report's or a point's grain changed
-- — applies its delta to the rollups in the same statement's transaction, through statement-level
-- triggers with transition tables (one upsert per statement, also for the seed's bulk inserts). The
-- app cannot write the rollups; it cannot call the functions either (app_private).

-- A batch of deltas at the fine grain, added to both rollups. Rows are upserted in key order, so
-- two transactions touching the same rows lock them in the same order (no deadlock between them).
CREATE FUNCTION app_private.rollup_apply(
  p_province int[], p_commune int[], p_former_province int[], p_former_commune int[],
  p_model uuid[], p_kind "ReportKind"[], p_period int[], p_indicator int[], p_value bigint[],
  p_sign int[]
) RETURNS void LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_catalog AS $$
  WITH d AS (
    SELECT * FROM unnest(p_province, p_commune, p_former_province, p_former_commune, p_model, p_kind,
                         p_period, p_indicator, p_value, p_sign)
      AS d(province, commune, former_province, former_commune, model, kind, period, indicator,
           value, sign)
  ), g AS (
    SELECT province, commune, former_province, former_commune, model, kind, period, indicator,
           SUM(sign::bigint * value)::bigint AS total, SUM(sign)::int AS reports
    FROM d GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
  ), fine AS (
    INSERT INTO "ReportRollup" AS t ("provinceId", "communeId", "formerProvinceId",
      "formerCommuneId", "modelId", "kind", "periodId", "indicatorId", "total", "reports", "updatedAt")
    SELECT province, commune, former_province, former_commune, model, kind, period, indicator,
           total, reports, clock_timestamp()
    FROM g ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
    ON CONFLICT ("provinceId", "communeId", "formerProvinceId", "formerCommuneId", "modelId", "kind",
                 "periodId", "indicatorId")
    DO UPDATE SET "total" = t."total" + EXCLUDED."total", "reports" = t."reports" + EXCLUDED."reports",
                  "updatedAt" = EXCLUDED."updatedAt"
  )
  INSERT INTO "ReportRollupProvince" AS t ("provinceId", "formerProvinceId", "kind", "periodId",
    "indicatorId", "total", "reports", "updatedAt")
  SELECT province, former_province, kind, period, indicator, SUM(total)::bigint, SUM(reports)::int,
         clock_timestamp()
  FROM g GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ("provinceId", "formerProvinceId", "kind", "periodId", "indicatorId")
  DO UPDATE SET "total" = t."total" + EXCLUDED."total", "reports" = t."reports" + EXCLUDED."reports",
                "updatedAt" = EXCLUDED."updatedAt";
$$;

-- The fine-grain deltas of a set of (report, indicator, value, sign) rows, read with the report's
-- grain as it is now.
CREATE FUNCTION app_private.rollup_apply_values(
  p_province int[], p_report uuid[], p_indicator int[], p_value bigint[], p_sign int[]
) RETURNS void LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_catalog AS $$
DECLARE
  a record;
BEGIN
  SELECT array_agg(r."provinceId") AS province, array_agg(r."communeId") AS commune,
         array_agg(COALESCE(r."formerProvinceId", 0)) AS former_province,
         array_agg(COALESCE(r."formerCommuneId", 0)) AS former_commune,
         array_agg(COALESCE(pt."modelId", '00000000-0000-0000-0000-000000000000'::uuid)) AS model,
         array_agg(r."kind") AS kind, array_agg(r."periodId") AS period,
         array_agg(d.indicator) AS indicator, array_agg(d.value) AS value, array_agg(d.sign) AS sign
  INTO a
  FROM unnest(p_province, p_report, p_indicator, p_value, p_sign)
       AS d(province, report, indicator, value, sign)
  JOIN "Report" r ON r."provinceId" = d.province AND r."id" = d.report
  LEFT JOIN "ReplicationPoint" pt ON pt."provinceId" = r."provinceId" AND pt."id" = r."pointId"
  WHERE r."status" = 'APPROVED';
  IF a.province IS NOT NULL THEN
    PERFORM app_private.rollup_apply(a.province, a.commune, a.former_province, a.former_commune,
      a.model, a.kind, a.period, a.indicator, a.value, a.sign);
  END IF;
END
$$;

-- Values of approved reports inserted, changed or deleted.
CREATE FUNCTION app_private.rollup_values_changed() RETURNS trigger LANGUAGE plpgsql
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
      PERFORM app_private.rollup_apply_values(a.province, a.report, a.indicator, a.value, a.sign);
    END IF;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    SELECT array_agg("provinceId") AS province, array_agg("reportId") AS report,
           array_agg("indicatorId") AS indicator, array_agg("value") AS value,
           array_agg(1) AS sign
    INTO a FROM new_values;
    IF a.province IS NOT NULL THEN
      PERFORM app_private.rollup_apply_values(a.province, a.report, a.indicator, a.value, a.sign);
    END IF;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER rollup_values_inserted AFTER INSERT ON "ReportValue"
  REFERENCING NEW TABLE AS new_values FOR EACH STATEMENT
  EXECUTE FUNCTION app_private.rollup_values_changed();
CREATE TRIGGER rollup_values_updated AFTER UPDATE ON "ReportValue"
  REFERENCING OLD TABLE AS old_values NEW TABLE AS new_values FOR EACH STATEMENT
  EXECUTE FUNCTION app_private.rollup_values_changed();
CREATE TRIGGER rollup_values_deleted AFTER DELETE ON "ReportValue"
  REFERENCING OLD TABLE AS old_values FOR EACH STATEMENT
  EXECUTE FUNCTION app_private.rollup_values_changed();

-- A report entering or leaving APPROVED, or an approved report moved to another grain: its values
-- leave the old grain and join the new one.
CREATE FUNCTION app_private.rollup_reports_changed() RETURNS trigger LANGUAGE plpgsql
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
           n."periodId" AS n_period
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
           m.o_kind AS kind, m.o_period AS period, v."indicatorId" AS indicator, v."value", -1 AS sign
    FROM moved m
    JOIN "ReportValue" v ON v."provinceId" = m."provinceId" AND v."reportId" = m."id"
    LEFT JOIN "ReplicationPoint" pt ON pt."provinceId" = m."provinceId" AND pt."id" = m.o_point
    WHERE m.was
    UNION ALL
    SELECT m."provinceId", m.n_commune, m.n_fp, m.n_fc,
           COALESCE(pt."modelId", '00000000-0000-0000-0000-000000000000'::uuid),
           m.n_kind, m.n_period, v."indicatorId", v."value", 1
    FROM moved m
    JOIN "ReportValue" v ON v."provinceId" = m."provinceId" AND v."reportId" = m."id"
    LEFT JOIN "ReplicationPoint" pt ON pt."provinceId" = m."provinceId" AND pt."id" = m.n_point
    WHERE m.is_now
  )
  SELECT array_agg(province) AS province, array_agg(commune) AS commune, array_agg(fp) AS fp,
         array_agg(fc) AS fc, array_agg(model) AS model, array_agg(kind) AS kind,
         array_agg(period) AS period, array_agg(indicator) AS indicator, array_agg("value") AS value,
         array_agg(sign) AS sign
  INTO a FROM deltas;
  IF a.province IS NOT NULL THEN
    PERFORM app_private.rollup_apply(a.province, a.commune, a.fp, a.fc, a.model, a.kind, a.period,
      a.indicator, a.value, a.sign);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER rollup_reports_updated AFTER UPDATE ON "Report"
  REFERENCING OLD TABLE AS old_reports NEW TABLE AS new_reports FOR EACH STATEMENT
  EXECUTE FUNCTION app_private.rollup_reports_changed();

-- An approved report is part of the published figures: it is reopened first, never deleted (its
-- values would leave the rollups through a cascade that no longer sees the report).
CREATE FUNCTION app_private.refuse_approved_report_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."status" = 'APPROVED' THEN
    RAISE EXCEPTION 'an approved report cannot be deleted; reopen it first'
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN OLD;
END
$$;
CREATE TRIGGER refuse_approved_report_delete BEFORE DELETE ON "Report"
  FOR EACH ROW EXECUTE FUNCTION app_private.refuse_approved_report_delete();

-- A point moved to another model (a correction): its approved reports' values move with it.
CREATE FUNCTION app_private.rollup_point_model_changed() RETURNS trigger LANGUAGE plpgsql
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
         array_agg(sign) AS sign
  INTO a FROM deltas;
  IF a.province IS NOT NULL THEN
    PERFORM app_private.rollup_apply(a.province, a.commune, a.fp, a.fc, a.model, a.kind, a.period,
      a.indicator, a.value, a.sign);
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER rollup_point_model_changed AFTER UPDATE ON "ReplicationPoint"
  REFERENCING OLD TABLE AS old_points NEW TABLE AS new_points FOR EACH STATEMENT
  EXECUTE FUNCTION app_private.rollup_point_model_changed();

-- The rollups as the base rows say they should be.
CREATE VIEW app_private.report_rollup_computed AS
  SELECT r."provinceId", r."communeId", COALESCE(r."formerProvinceId", 0) AS "formerProvinceId",
         COALESCE(r."formerCommuneId", 0) AS "formerCommuneId",
         COALESCE(pt."modelId", '00000000-0000-0000-0000-000000000000'::uuid) AS "modelId",
         r."kind", r."periodId", v."indicatorId", SUM(v."value")::bigint AS "total",
         count(*)::int AS "reports"
  FROM "Report" r
  JOIN "ReportValue" v ON v."provinceId" = r."provinceId" AND v."reportId" = r."id"
  LEFT JOIN "ReplicationPoint" pt ON pt."provinceId" = r."provinceId" AND pt."id" = r."pointId"
  WHERE r."status" = 'APPROVED'
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;

-- Every difference between the stored rollups and the recomputation (rows that sum to nothing count
-- as absent), of one province or (null) all. Empty when the rollups are right.
CREATE FUNCTION app_private.rollup_differences(p_province int DEFAULT NULL)
RETURNS TABLE ("rollup" text, "key" text, "stored" bigint, "computed" bigint,
               "storedReports" int, "computedReports" int)
LANGUAGE sql STABLE SET search_path = public, pg_catalog AS $$
  WITH stored AS (
    SELECT * FROM "ReportRollup"
    WHERE ("reports" <> 0 OR "total" <> 0) AND (p_province IS NULL OR "provinceId" = p_province)
  ), computed AS (
    SELECT * FROM app_private.report_rollup_computed
    WHERE p_province IS NULL OR "provinceId" = p_province
  ), fine AS (
    SELECT 'ReportRollup'::text,
           concat_ws('/', COALESCE(s."provinceId", c."provinceId"), COALESCE(s."communeId", c."communeId"),
                     COALESCE(s."formerProvinceId", c."formerProvinceId"),
                     COALESCE(s."formerCommuneId", c."formerCommuneId"),
                     COALESCE(s."modelId", c."modelId"), COALESCE(s."kind", c."kind"),
                     COALESCE(s."periodId", c."periodId"), COALESCE(s."indicatorId", c."indicatorId")),
           s."total", c."total", s."reports", c."reports"
    FROM stored s
    FULL JOIN computed c
      USING ("provinceId", "communeId", "formerProvinceId", "formerCommuneId", "modelId", "kind",
             "periodId", "indicatorId")
    WHERE s."total" IS DISTINCT FROM c."total" OR s."reports" IS DISTINCT FROM c."reports"
  ), province_computed AS (
    SELECT "provinceId", "formerProvinceId", "kind", "periodId", "indicatorId",
           SUM("total")::bigint AS "total", SUM("reports")::int AS "reports"
    FROM computed GROUP BY 1, 2, 3, 4, 5
  ), province_stored AS (
    SELECT * FROM "ReportRollupProvince"
    WHERE ("reports" <> 0 OR "total" <> 0) AND (p_province IS NULL OR "provinceId" = p_province)
  ), province AS (
    SELECT 'ReportRollupProvince'::text,
           concat_ws('/', COALESCE(s."provinceId", c."provinceId"),
                     COALESCE(s."formerProvinceId", c."formerProvinceId"), COALESCE(s."kind", c."kind"),
                     COALESCE(s."periodId", c."periodId"), COALESCE(s."indicatorId", c."indicatorId")),
           s."total", c."total", s."reports", c."reports"
    FROM province_stored s
    FULL JOIN province_computed c
      USING ("provinceId", "formerProvinceId", "kind", "periodId", "indicatorId")
    WHERE s."total" IS DISTINCT FROM c."total" OR s."reports" IS DISTINCT FROM c."reports"
  )
  SELECT * FROM fine UNION ALL SELECT * FROM province;
$$;

-- Rebuilds both rollups from the base rows (a repair, and the national data set's bulk load).
CREATE FUNCTION app_private.rollups_rebuild() RETURNS void LANGUAGE sql VOLATILE
SET search_path = public, pg_catalog AS $$
  DELETE FROM "ReportRollup";
  DELETE FROM "ReportRollupProvince";
  INSERT INTO "ReportRollup" ("provinceId", "communeId", "formerProvinceId", "formerCommuneId",
    "modelId", "kind", "periodId", "indicatorId", "total", "reports", "updatedAt")
  SELECT *, clock_timestamp() FROM app_private.report_rollup_computed;
  INSERT INTO "ReportRollupProvince" ("provinceId", "formerProvinceId", "kind", "periodId",
    "indicatorId", "total", "reports", "updatedAt")
  SELECT "provinceId", "formerProvinceId", "kind", "periodId", "indicatorId", SUM("total"),
         SUM("reports"), clock_timestamp()
  FROM "ReportRollup" GROUP BY 1, 2, 3, 4, 5;
$$;

REVOKE ALL ON FUNCTION app_private.rollup_apply(int[], int[], int[], int[], uuid[], "ReportKind"[], int[], int[], bigint[], int[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION app_private.rollup_apply_values(int[], uuid[], int[], bigint[], int[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION app_private.rollup_values_changed() FROM PUBLIC;
REVOKE ALL ON FUNCTION app_private.rollup_reports_changed() FROM PUBLIC;
REVOKE ALL ON FUNCTION app_private.rollup_point_model_changed() FROM PUBLIC;
REVOKE ALL ON FUNCTION app_private.rollup_differences(int) FROM PUBLIC;
REVOKE ALL ON FUNCTION app_private.rollups_rebuild() FROM PUBLIC;

-- The app reads the rollups of its scope and writes none.
GRANT SELECT ON "ReportRollup", "ReportRollupProvince" TO portal_app;
ALTER TABLE "ReportRollup" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ReportRollup" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "ReportRollup" FOR SELECT TO portal_app
  USING ((SELECT app_scope_verified()) AND app_can_read("provinceId", "communeId"));
ALTER TABLE "ReportRollupProvince" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ReportRollupProvince" FORCE ROW LEVEL SECURITY;
-- A province's totals are read by the nation and the province; a commune reads its own rollup rows.
CREATE POLICY tenant_read ON "ReportRollupProvince" FOR SELECT TO portal_app
  USING ((SELECT app_scope_verified()) AND app_scope_level() IN ('NATION', 'PROVINCE')
         AND app_can_read_province("provinceId"));

-- Installs that already hold approved reports start with their rollups built.
SELECT app_private.rollups_rebuild();

SELECT app_private.harden_policies();
