-- CreateTable
CREATE TABLE "RosterRollupProvince" (
    "provinceId" INTEGER NOT NULL,
    "formerProvinceId" INTEGER NOT NULL DEFAULT 0,
    "measure" "RosterMeasure" NOT NULL,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RosterRollupProvince_pkey" PRIMARY KEY ("provinceId","formerProvinceId","measure","key")
);

-- ───────────── hand-written: province sums of the roster rollup ─────────────
-- Decision 012 and 015. A province's dashboard and the nation's overview summed the commune grain
-- of RosterRollup at every request: 10,000 rows for TP Hồ Chí Minh's 168 communes, about 6 ms of
-- the province dashboard's 14 ms in the database on a fast machine and twice that on a slow one.
-- Their sums per province, former province (0: none), measure and key are kept beside them, by
-- delta in the same statement, as PointRollupProvince is (deltas commute: two transactions adding
-- to one province row wait for each other and both count). Every roster change of a province now
-- also updates a few of its province rows; a change takes milliseconds, so the commune officers'
-- concurrent edits wait for each other that long at most.

-- A batch of roster deltas, grouped and upserted in key order: the commune rows, then the province
-- sums (the commune's former province from Commune).
CREATE OR REPLACE FUNCTION app_private.roster_apply(
  p_province int[], p_commune int[], p_measure "RosterMeasure"[], p_key text[], p_sign int[]
) RETURNS void LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_catalog AS $$
  INSERT INTO "RosterRollup" AS t ("provinceId", "communeId", "measure", "key", "count", "updatedAt")
  SELECT province, commune, measure, key, SUM(sign)::int, clock_timestamp()
  FROM unnest(p_province, p_commune, p_measure, p_key, p_sign) AS d(province, commune, measure, key, sign)
  GROUP BY 1, 2, 3, 4
  ORDER BY 1, 2, 3, 4
  ON CONFLICT ("provinceId", "communeId", "measure", "key")
  DO UPDATE SET "count" = t."count" + EXCLUDED."count", "updatedAt" = EXCLUDED."updatedAt";
  INSERT INTO "RosterRollupProvince" AS t ("provinceId", "formerProvinceId", "measure", "key", "count", "updatedAt")
  SELECT d.province, COALESCE(c."formerProvinceId", 0), d.measure, d.key, SUM(d.sign)::int,
         clock_timestamp()
  FROM unnest(p_province, p_commune, p_measure, p_key, p_sign) AS d(province, commune, measure, key, sign)
  JOIN "Commune" c ON c."provinceId" = d.province AND c.id = d.commune
  GROUP BY 1, 2, 3, 4
  ORDER BY 1, 2, 3, 4
  ON CONFLICT ("provinceId", "formerProvinceId", "measure", "key")
  DO UPDATE SET "count" = t."count" + EXCLUDED."count", "updatedAt" = EXCLUDED."updatedAt";
$$;

-- A province's sums (or every province's) recomputed from its commune rows.
CREATE FUNCTION app_private.roster_province_rebuild(p_province int DEFAULT NULL)
RETURNS void LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_catalog AS $$
  DELETE FROM "RosterRollupProvince" WHERE p_province IS NULL OR "provinceId" = p_province;
  INSERT INTO "RosterRollupProvince" ("provinceId", "formerProvinceId", "measure", "key", "count", "updatedAt")
  SELECT r."provinceId", COALESCE(c."formerProvinceId", 0), r."measure", r."key", SUM(r."count")::int,
         clock_timestamp()
  FROM "RosterRollup" r JOIN "Commune" c ON c."provinceId" = r."provinceId" AND c.id = r."communeId"
  WHERE p_province IS NULL OR r."provinceId" = p_province
  GROUP BY 1, 2, 3, 4;
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
  SELECT app_private.roster_province_rebuild();
$$;

-- The roster province sums against the sums of their (checked) commune rows; zero counts are
-- absent on both sides.
CREATE FUNCTION app_private.roster_province_rollup_differences(p_province int DEFAULT NULL)
RETURNS TABLE ("rollup" text, "key" text, "stored" bigint, "computed" bigint,
               "storedReports" int, "computedReports" int)
LANGUAGE sql STABLE SET search_path = public, pg_catalog AS $$
  WITH s AS (
    SELECT * FROM "RosterRollupProvince"
    WHERE "count" <> 0 AND (p_province IS NULL OR "provinceId" = p_province)
  ), c AS (
    SELECT r."provinceId", COALESCE(c."formerProvinceId", 0) AS "formerProvinceId", r."measure",
           r."key", SUM(r."count")::int AS "count"
    FROM "RosterRollup" r JOIN "Commune" c ON c."provinceId" = r."provinceId" AND c.id = r."communeId"
    WHERE p_province IS NULL OR r."provinceId" = p_province
    GROUP BY 1, 2, 3, 4 HAVING SUM(r."count") <> 0
  )
  SELECT 'RosterRollupProvince'::text,
         concat_ws('/', COALESCE(s."provinceId", c."provinceId"),
                   COALESCE(s."formerProvinceId", c."formerProvinceId"),
                   COALESCE(s."measure", c."measure"), COALESCE(s."key", c."key")),
         s."count"::bigint, c."count"::bigint, NULL::int, NULL::int
  FROM s FULL JOIN c USING ("provinceId", "formerProvinceId", "measure", "key")
  WHERE s."count" IS DISTINCT FROM c."count";
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
  SELECT * FROM app_private.province_rollup_differences(p_province)
  UNION ALL
  SELECT * FROM app_private.roster_province_rollup_differences(p_province);
$$;

REVOKE ALL ON FUNCTION app_private.roster_province_rebuild(int) FROM PUBLIC;
REVOKE ALL ON FUNCTION app_private.roster_province_rollup_differences(int) FROM PUBLIC;

-- Read by the nation and the province; a commune reads its own rows of RosterRollup.
GRANT SELECT ON "RosterRollupProvince" TO portal_app;
ALTER TABLE "RosterRollupProvince" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "RosterRollupProvince" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "RosterRollupProvince" FOR SELECT TO portal_app
  USING ((SELECT app_scope_verified()) AND app_scope_level() IN ('NATION', 'PROVINCE')
         AND app_can_read_province("provinceId"));

-- Installs that already hold data start with the sums built.
SELECT app_private.roster_province_rebuild();

SELECT app_private.harden_policies();
