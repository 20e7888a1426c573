-- CreateTable
CREATE TABLE "CompletenessRollupProvince" (
    "provinceId" INTEGER NOT NULL,
    "formerProvinceId" INTEGER NOT NULL DEFAULT 0,
    "periodId" INTEGER NOT NULL,
    "expected" INTEGER NOT NULL,
    "submitted" INTEGER NOT NULL,
    "onTime" INTEGER NOT NULL,
    "approved" INTEGER NOT NULL,
    "returned" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CompletenessRollupProvince_pkey" PRIMARY KEY ("provinceId","formerProvinceId","periodId")
);

-- CreateTable
CREATE TABLE "PointRollupProvince" (
    "provinceId" INTEGER NOT NULL,
    "formerProvinceId" INTEGER NOT NULL DEFAULT 0,
    "modelId" UUID NOT NULL,
    "points" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PointRollupProvince_pkey" PRIMARY KEY ("provinceId","formerProvinceId","modelId")
);

-- CreateIndex
CREATE INDEX "CompletenessRollupProvince_periodId_idx" ON "CompletenessRollupProvince"("periodId");

-- CreateIndex
CREATE INDEX "PointRollupProvince_modelId_idx" ON "PointRollupProvince"("modelId");

-- ───────────── hand-written: province sums of the commune rollups ─────────────
-- Decision 015. The ministry's dashboard read the commune grain of two rollups and summed it at
-- every request: 13,000 completeness cells and 26,000 point counts for the nation, tens of
-- milliseconds each under row-level security. Their sums per province and former province are kept
-- beside them, by delta in the same statement (deltas commute: two transactions adding to one
-- province row wait for each other and both count).

-- A province's sums recomputed from its cells (after communes or periods are removed; rebuilds).
CREATE FUNCTION app_private.completeness_province_rebuild(p_province int DEFAULT NULL)
RETURNS void LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_catalog AS $$
  DELETE FROM "CompletenessRollupProvince" WHERE p_province IS NULL OR "provinceId" = p_province;
  INSERT INTO "CompletenessRollupProvince" ("provinceId", "formerProvinceId", "periodId", "expected",
    "submitted", "onTime", "approved", "returned", "updatedAt")
  SELECT r."provinceId", COALESCE(c."formerProvinceId", 0), r."periodId", SUM(r."expected")::int,
         SUM(r."submitted")::int, SUM(r."onTime")::int, SUM(r."approved")::int,
         SUM(r."returned")::int, clock_timestamp()
  FROM "CompletenessRollup" r
  JOIN "Commune" c ON c."provinceId" = r."provinceId" AND c.id = r."communeId"
  WHERE p_province IS NULL OR r."provinceId" = p_province
  GROUP BY 1, 2, 3;
$$;

-- As before (the completeness migration), and each province's changed cells add their difference to
-- the province's sums in the same statement.
CREATE OR REPLACE FUNCTION app_private.completeness_refresh(p_province int[], p_commune int[], p_period int[])
RETURNS void LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_catalog AS $$
DECLARE
  prov int;
  communes int[];
  periods int[];
BEGIN
  IF p_province IS NULL OR cardinality(p_province) = 0 THEN RETURN; END IF;
  INSERT INTO "CompletenessRollup" AS t ("provinceId", "communeId", "periodId", "expected",
    "submitted", "onTime", "approved", "returned", "updatedAt")
  SELECT DISTINCT k.p, k.c, k.q, 0, 0, 0, 0, 0, clock_timestamp()
  FROM unnest(p_province, p_commune, p_period) AS k(p, c, q)
  WHERE k.p IS NOT NULL AND k.c IS NOT NULL AND k.q IS NOT NULL
    AND EXISTS (SELECT 1 FROM "Commune" c WHERE c."provinceId" = k.p AND c.id = k.c)
    AND EXISTS (SELECT 1 FROM "ReportingPeriod" r WHERE r.id = k.q)
  ORDER BY 1, 2, 3
  ON CONFLICT DO NOTHING;
  PERFORM 1 FROM "CompletenessRollup" t
  JOIN (SELECT DISTINCT * FROM unnest(p_province, p_commune, p_period) AS k(p, c, q)) k
    ON t."provinceId" = k.p AND t."communeId" = k.c AND t."periodId" = k.q
  ORDER BY t."provinceId", t."communeId", t."periodId"
  FOR UPDATE OF t;
  FOR prov IN SELECT DISTINCT p FROM unnest(p_province) AS k(p) WHERE p IS NOT NULL ORDER BY 1 LOOP
    communes := ARRAY(SELECT DISTINCT k.c FROM unnest(p_province, p_commune) AS k(p, c) WHERE k.p = prov);
    periods := ARRAY(SELECT DISTINCT k.q FROM unnest(p_province, p_period) AS k(p, q) WHERE k.p = prov);
    WITH k AS (
      SELECT DISTINCT k.c, k.q FROM unnest(p_province, p_commune, p_period) AS k(p, c, q)
      WHERE k.p = prov
    ), x AS (
      SELECT * FROM app_private.completeness_computed(prov, communes, periods)
    ), before AS (
      SELECT t."communeId", t."periodId", t."expected", t."submitted", t."onTime", t."approved",
             t."returned"
      FROM "CompletenessRollup" t JOIN k ON t."communeId" = k.c AND t."periodId" = k.q
      WHERE t."provinceId" = prov
    ), changed AS (
      UPDATE "CompletenessRollup" t
         SET "expected" = COALESCE(x."expected", 0), "submitted" = COALESCE(x."submitted", 0),
             "onTime" = COALESCE(x."onTime", 0), "approved" = COALESCE(x."approved", 0),
             "returned" = COALESCE(x."returned", 0), "updatedAt" = clock_timestamp()
        FROM k LEFT JOIN x ON x."communeId" = k.c AND x."periodId" = k.q
       WHERE t."provinceId" = prov AND t."communeId" = k.c AND t."periodId" = k.q
         AND (t."expected", t."submitted", t."onTime", t."approved", t."returned")
             IS DISTINCT FROM (COALESCE(x."expected", 0), COALESCE(x."submitted", 0),
                               COALESCE(x."onTime", 0), COALESCE(x."approved", 0),
                               COALESCE(x."returned", 0))
      RETURNING t."communeId", t."periodId", t."expected", t."submitted", t."onTime", t."approved",
                t."returned"
    ), delta AS (
      SELECT COALESCE(c."formerProvinceId", 0) AS former, n."periodId",
             SUM(n."expected" - b."expected")::int AS expected,
             SUM(n."submitted" - b."submitted")::int AS submitted,
             SUM(n."onTime" - b."onTime")::int AS "onTime",
             SUM(n."approved" - b."approved")::int AS approved,
             SUM(n."returned" - b."returned")::int AS returned
      FROM changed n
      JOIN before b ON b."communeId" = n."communeId" AND b."periodId" = n."periodId"
      JOIN "Commune" c ON c."provinceId" = prov AND c.id = n."communeId"
      GROUP BY 1, 2
    )
    INSERT INTO "CompletenessRollupProvince" AS t ("provinceId", "formerProvinceId", "periodId",
      "expected", "submitted", "onTime", "approved", "returned", "updatedAt")
    SELECT prov, former, "periodId", expected, submitted, "onTime", approved, returned,
           clock_timestamp()
    FROM delta ORDER BY 2, 3
    ON CONFLICT ("provinceId", "formerProvinceId", "periodId") DO UPDATE
      SET "expected" = t."expected" + EXCLUDED."expected",
          "submitted" = t."submitted" + EXCLUDED."submitted",
          "onTime" = t."onTime" + EXCLUDED."onTime",
          "approved" = t."approved" + EXCLUDED."approved",
          "returned" = t."returned" + EXCLUDED."returned",
          "updatedAt" = EXCLUDED."updatedAt";
  END LOOP;
END
$$;

-- Periods and communes removed: their cells go, and the provinces' sums are recomputed.
CREATE OR REPLACE FUNCTION app_private.completeness_periods_changed() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_catalog AS $$
DECLARE
  a record;
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM "CompletenessRollup" t USING old_periods o WHERE t."periodId" = o.id;
    DELETE FROM "CompletenessRollupProvince" t USING old_periods o WHERE t."periodId" = o.id;
    RETURN NULL;
  ELSIF TG_OP = 'INSERT' THEN
    SELECT array_agg(c."provinceId") AS p, array_agg(c.id) AS c, array_agg(n.id) AS q INTO a
    FROM new_periods n CROSS JOIN "Commune" c;
  ELSE
    SELECT array_agg(c."provinceId") AS p, array_agg(c.id) AS c, array_agg(n.id) AS q INTO a
    FROM new_periods n JOIN old_periods o ON o.id = n.id CROSS JOIN "Commune" c
    WHERE (o."startsOn", o."endsOn", o.deadline) IS DISTINCT FROM (n."startsOn", n."endsOn", n.deadline);
  END IF;
  PERFORM app_private.completeness_refresh(a.p, a.c, a.q);
  RETURN NULL;
END
$$;
CREATE OR REPLACE FUNCTION app_private.completeness_communes_changed() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_catalog AS $$
DECLARE
  a record;
  prov int;
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM "CompletenessRollup" t USING old_communes o
     WHERE t."provinceId" = o."provinceId" AND t."communeId" = o.id;
    FOR prov IN SELECT DISTINCT "provinceId" FROM old_communes ORDER BY 1 LOOP
      PERFORM app_private.completeness_province_rebuild(prov);
    END LOOP;
    RETURN NULL;
  END IF;
  SELECT array_agg(n."provinceId") AS p, array_agg(n.id) AS c, array_agg(r.id) AS q INTO a
  FROM new_communes n CROSS JOIN "ReportingPeriod" r;
  PERFORM app_private.completeness_refresh(a.p, a.c, a.q);
  RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION app_private.completeness_rollups_rebuild(p_province int DEFAULT NULL)
RETURNS void LANGUAGE sql VOLATILE SET search_path = public, pg_catalog AS $$
  DELETE FROM "CompletenessRollup" WHERE p_province IS NULL OR "provinceId" = p_province;
  INSERT INTO "CompletenessRollup" ("provinceId", "communeId", "periodId", "expected", "submitted",
    "onTime", "approved", "returned", "updatedAt")
  SELECT *, clock_timestamp() FROM app_private.completeness_computed(p_province, NULL, NULL);
  SELECT app_private.completeness_province_rebuild(p_province);
$$;

-- Active points per commune and model, and their sums per province, former province and model.
CREATE OR REPLACE FUNCTION app_private.point_apply(p_province int[], p_commune int[], p_model uuid[], p_sign int[])
RETURNS void LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_catalog AS $$
  INSERT INTO "PointRollup" AS t ("provinceId", "communeId", "modelId", "points", "updatedAt")
  SELECT province, commune, model, SUM(sign)::int, clock_timestamp()
  FROM unnest(p_province, p_commune, p_model, p_sign) AS d(province, commune, model, sign)
  GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT ("provinceId", "communeId", "modelId")
  DO UPDATE SET "points" = t."points" + EXCLUDED."points", "updatedAt" = EXCLUDED."updatedAt";
  INSERT INTO "PointRollupProvince" AS t ("provinceId", "formerProvinceId", "modelId", "points", "updatedAt")
  SELECT d.province, COALESCE(c."formerProvinceId", 0), d.model, SUM(d.sign)::int, clock_timestamp()
  FROM unnest(p_province, p_commune, p_model, p_sign) AS d(province, commune, model, sign)
  JOIN "Commune" c ON c."provinceId" = d.province AND c.id = d.commune
  GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT ("provinceId", "formerProvinceId", "modelId")
  DO UPDATE SET "points" = t."points" + EXCLUDED."points", "updatedAt" = EXCLUDED."updatedAt";
$$;

CREATE FUNCTION app_private.point_province_rebuild(p_province int DEFAULT NULL)
RETURNS void LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_catalog AS $$
  DELETE FROM "PointRollupProvince" WHERE p_province IS NULL OR "provinceId" = p_province;
  INSERT INTO "PointRollupProvince" ("provinceId", "formerProvinceId", "modelId", "points", "updatedAt")
  SELECT r."provinceId", COALESCE(c."formerProvinceId", 0), r."modelId", SUM(r."points")::int,
         clock_timestamp()
  FROM "PointRollup" r JOIN "Commune" c ON c."provinceId" = r."provinceId" AND c.id = r."communeId"
  WHERE p_province IS NULL OR r."provinceId" = p_province
  GROUP BY 1, 2, 3;
$$;

CREATE OR REPLACE FUNCTION app_private.roster_rollups_rebuild() RETURNS void LANGUAGE sql VOLATILE
SET search_path = public, pg_catalog AS $$
  DELETE FROM "RosterRollup";
  DELETE FROM "PointRollup";
  INSERT INTO "RosterRollup" ("provinceId", "communeId", "measure", "key", "count", "updatedAt")
  SELECT *, clock_timestamp() FROM app_private.roster_rollup_computed;
  INSERT INTO "PointRollup" ("provinceId", "communeId", "modelId", "points", "updatedAt")
  SELECT *, clock_timestamp() FROM app_private.point_rollup_computed;
  SELECT app_private.point_province_rebuild();
$$;

-- The province sums against the sums of their (checked) commune rows.
CREATE FUNCTION app_private.province_rollup_differences(p_province int DEFAULT NULL)
RETURNS TABLE ("rollup" text, "key" text, "stored" bigint, "computed" bigint,
               "storedReports" int, "computedReports" int)
LANGUAGE sql STABLE SET search_path = public, pg_catalog AS $$
  WITH cs AS (
    SELECT * FROM "CompletenessRollupProvince" WHERE p_province IS NULL OR "provinceId" = p_province
  ), cc AS (
    SELECT r."provinceId", COALESCE(c."formerProvinceId", 0) AS "formerProvinceId", r."periodId",
           SUM(r."expected")::int AS "expected", SUM(r."submitted")::int AS "submitted",
           SUM(r."onTime")::int AS "onTime", SUM(r."approved")::int AS "approved",
           SUM(r."returned")::int AS "returned"
    FROM "CompletenessRollup" r
    JOIN "Commune" c ON c."provinceId" = r."provinceId" AND c.id = r."communeId"
    WHERE p_province IS NULL OR r."provinceId" = p_province
    GROUP BY 1, 2, 3
  ), ps AS (
    SELECT * FROM "PointRollupProvince" WHERE "points" <> 0 AND (p_province IS NULL OR "provinceId" = p_province)
  ), pc AS (
    SELECT r."provinceId", COALESCE(c."formerProvinceId", 0) AS "formerProvinceId", r."modelId",
           SUM(r."points")::int AS "points"
    FROM "PointRollup" r JOIN "Commune" c ON c."provinceId" = r."provinceId" AND c.id = r."communeId"
    WHERE p_province IS NULL OR r."provinceId" = p_province
    GROUP BY 1, 2, 3 HAVING SUM(r."points") <> 0
  )
  SELECT 'CompletenessRollupProvince'::text,
         concat_ws('/', COALESCE(s."provinceId", c."provinceId"),
                   COALESCE(s."formerProvinceId", c."formerProvinceId"),
                   COALESCE(s."periodId", c."periodId"), m.name),
         m.stored::bigint, m.computed::bigint, NULL::int, NULL::int
  FROM cs s FULL JOIN cc c USING ("provinceId", "formerProvinceId", "periodId")
  CROSS JOIN LATERAL (VALUES
    ('expected', COALESCE(s."expected", 0), COALESCE(c."expected", 0)),
    ('submitted', COALESCE(s."submitted", 0), COALESCE(c."submitted", 0)),
    ('onTime', COALESCE(s."onTime", 0), COALESCE(c."onTime", 0)),
    ('approved', COALESCE(s."approved", 0), COALESCE(c."approved", 0)),
    ('returned', COALESCE(s."returned", 0), COALESCE(c."returned", 0))
  ) AS m(name, stored, computed)
  WHERE m.stored <> m.computed
  UNION ALL
  SELECT 'PointRollupProvince'::text,
         concat_ws('/', COALESCE(s."provinceId", c."provinceId"),
                   COALESCE(s."formerProvinceId", c."formerProvinceId"),
                   COALESCE(s."modelId", c."modelId")),
         s."points"::bigint, c."points"::bigint, NULL::int, NULL::int
  FROM ps s FULL JOIN pc c USING ("provinceId", "formerProvinceId", "modelId")
  WHERE s."points" IS DISTINCT FROM c."points";
$$;

CREATE OR REPLACE FUNCTION app_private.rollup_differences(p_province int DEFAULT NULL)
RETURNS TABLE ("rollup" text, "key" text, "stored" bigint, "computed" bigint,
               "storedReports" int, "computedReports" int)
LANGUAGE sql STABLE SET search_path = public, pg_catalog AS $$
  SELECT * FROM app_private.report_rollup_differences(p_province)
  UNION ALL
  SELECT * FROM app_private.roster_rollup_differences(p_province)
  UNION ALL
  SELECT * FROM app_private.completeness_rollup_differences(p_province)
  UNION ALL
  SELECT * FROM app_private.province_rollup_differences(p_province);
$$;

REVOKE ALL ON FUNCTION app_private.completeness_province_rebuild(int) FROM PUBLIC;
REVOKE ALL ON FUNCTION app_private.point_province_rebuild(int) FROM PUBLIC;
REVOKE ALL ON FUNCTION app_private.province_rollup_differences(int) FROM PUBLIC;

-- Province sums are read by the nation and the province (as ReportRollupProvince).
GRANT SELECT ON "CompletenessRollupProvince", "PointRollupProvince" TO portal_app;
ALTER TABLE "CompletenessRollupProvince" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CompletenessRollupProvince" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "CompletenessRollupProvince" FOR SELECT TO portal_app
  USING ((SELECT app_scope_verified()) AND app_scope_level() IN ('NATION', 'PROVINCE')
         AND app_can_read_province("provinceId"));
ALTER TABLE "PointRollupProvince" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PointRollupProvince" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "PointRollupProvince" FOR SELECT TO portal_app
  USING ((SELECT app_scope_verified()) AND app_scope_level() IN ('NATION', 'PROVINCE')
         AND app_can_read_province("provinceId"));

-- Installs that already hold data start with the sums built.
SELECT app_private.completeness_province_rebuild();
SELECT app_private.point_province_rebuild();

SELECT app_private.harden_policies();
