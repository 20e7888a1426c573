-- CreateEnum
CREATE TYPE "RosterMeasure" AS ENUM ('TEAMS', 'MEMBER_ROLE', 'MEMBER_GENDER', 'MEMBER_ETHNICITY', 'MEMBER_BIRTH_YEAR', 'MEMBER_TEAM_KIND');

-- AlterTable
ALTER TABLE "Province" ADD COLUMN     "populationSource" TEXT,
ADD COLUMN     "populationVersion" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "RosterRollup" (
    "provinceId" INTEGER NOT NULL,
    "communeId" INTEGER NOT NULL,
    "measure" "RosterMeasure" NOT NULL,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RosterRollup_pkey" PRIMARY KEY ("provinceId","communeId","measure","key")
);

-- CreateTable
CREATE TABLE "PointRollup" (
    "provinceId" INTEGER NOT NULL,
    "communeId" INTEGER NOT NULL,
    "modelId" UUID NOT NULL,
    "points" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PointRollup_pkey" PRIMARY KEY ("provinceId","communeId","modelId")
);

-- CreateIndex
CREATE INDEX "RosterRollup_provinceId_measure_idx" ON "RosterRollup"("provinceId", "measure");

-- CreateIndex
CREATE INDEX "PointRollup_modelId_idx" ON "PointRollup"("modelId");

-- ───────────── hand-written: the roster rollups are kept by the database ─────────────
-- Decision 012. Dashboards count active points by model, active teams by kind and open memberships
-- of active teams by role, gender, ethnicity, birth year and team kind, per commune. A direct count
-- over 3 million memberships joined to their teams and persons takes seconds; these rows are a few
-- dozen per commune. As for the report rollups (011), statement-level triggers with transition
-- tables apply the deltas in the transaction that made the change, in key order; the app reads them
-- and writes none. Memberships are counted once per marginal (role, gender, …), never crossed: a
-- cross product by commune × role × gender × ethnicity × birth year would be as large as the rows.

-- A batch of roster deltas, grouped and upserted in key order.
CREATE FUNCTION app_private.roster_apply(
  p_province int[], p_commune int[], p_measure "RosterMeasure"[], p_key text[], p_sign int[]
) RETURNS void LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_catalog AS $$
  INSERT INTO "RosterRollup" AS t ("provinceId", "communeId", "measure", "key", "count", "updatedAt")
  SELECT province, commune, measure, key, SUM(sign)::int, clock_timestamp()
  FROM unnest(p_province, p_commune, p_measure, p_key, p_sign) AS d(province, commune, measure, key, sign)
  GROUP BY 1, 2, 3, 4
  ORDER BY 1, 2, 3, 4
  ON CONFLICT ("provinceId", "communeId", "measure", "key")
  DO UPDATE SET "count" = t."count" + EXCLUDED."count", "updatedAt" = EXCLUDED."updatedAt";
$$;

-- The five keys an open membership of an active team is counted under.
CREATE FUNCTION app_private.roster_member_keys(
  p_role "MemberRole", p_gender "Gender", p_ethnicity int, p_birth date, p_team_kind "TeamKind"
) RETURNS TABLE (measure "RosterMeasure", key text) LANGUAGE sql IMMUTABLE AS $$
  VALUES ('MEMBER_ROLE'::"RosterMeasure", p_role::text),
         ('MEMBER_GENDER'::"RosterMeasure", p_gender::text),
         ('MEMBER_ETHNICITY'::"RosterMeasure", p_ethnicity::text),
         ('MEMBER_BIRTH_YEAR'::"RosterMeasure", COALESCE(extract(year FROM p_birth)::int, 0)::text),
         ('MEMBER_TEAM_KIND'::"RosterMeasure", p_team_kind::text);
$$;

-- Memberships (province, team, person, role) entering (+1) or leaving (-1) the counts, read with
-- their team and person as they are now; only open memberships of active teams count.
CREATE FUNCTION app_private.roster_apply_memberships(
  p_province int[], p_team uuid[], p_person uuid[], p_role "MemberRole"[], p_open boolean[],
  p_sign int[]
) RETURNS void LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_catalog AS $$
DECLARE
  a record;
BEGIN
  SELECT array_agg(t."provinceId") AS province, array_agg(t."communeId") AS commune,
         array_agg(k.measure) AS measure, array_agg(k.key) AS key, array_agg(d.sign) AS sign
  INTO a
  FROM unnest(p_province, p_team, p_person, p_role, p_open, p_sign)
       AS d(province, team, person, role, open, sign)
  JOIN "Team" t ON t."provinceId" = d.province AND t."id" = d.team AND t."status" = 'ACTIVE'
  JOIN "Person" p ON p."provinceId" = d.province AND p."id" = d.person
  CROSS JOIN LATERAL app_private.roster_member_keys(d.role, p."gender", p."ethnicityId",
                                                    p."birthDate", t."kind") k
  WHERE d.open;
  IF a.province IS NOT NULL THEN
    PERFORM app_private.roster_apply(a.province, a.commune, a.measure, a.key, a.sign);
  END IF;
END
$$;

CREATE FUNCTION app_private.roster_memberships_changed() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_catalog AS $$
DECLARE
  a record;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    SELECT array_agg("provinceId") AS province, array_agg("teamId") AS team,
           array_agg("personId") AS person, array_agg("role") AS role,
           array_agg("leftOn" IS NULL) AS open, array_agg(-1) AS sign
    INTO a FROM old_memberships;
    IF a.province IS NOT NULL THEN
      PERFORM app_private.roster_apply_memberships(a.province, a.team, a.person, a.role, a.open, a.sign);
    END IF;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    SELECT array_agg("provinceId") AS province, array_agg("teamId") AS team,
           array_agg("personId") AS person, array_agg("role") AS role,
           array_agg("leftOn" IS NULL) AS open, array_agg(1) AS sign
    INTO a FROM new_memberships;
    IF a.province IS NOT NULL THEN
      PERFORM app_private.roster_apply_memberships(a.province, a.team, a.person, a.role, a.open, a.sign);
    END IF;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER roster_memberships_inserted AFTER INSERT ON "Membership"
  REFERENCING NEW TABLE AS new_memberships FOR EACH STATEMENT
  EXECUTE FUNCTION app_private.roster_memberships_changed();
CREATE TRIGGER roster_memberships_updated AFTER UPDATE ON "Membership"
  REFERENCING OLD TABLE AS old_memberships NEW TABLE AS new_memberships FOR EACH STATEMENT
  EXECUTE FUNCTION app_private.roster_memberships_changed();
CREATE TRIGGER roster_memberships_deleted AFTER DELETE ON "Membership"
  REFERENCING OLD TABLE AS old_memberships FOR EACH STATEMENT
  EXECUTE FUNCTION app_private.roster_memberships_changed();

-- Teams: an active team counts under its kind; its open memberships count while it is active and
-- move with its commune and kind.
CREATE FUNCTION app_private.roster_teams_changed() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_catalog AS $$
DECLARE
  a record;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    SELECT array_agg("provinceId") AS province, array_agg("communeId") AS commune,
           array_agg('TEAMS'::"RosterMeasure") AS measure, array_agg("kind"::text) AS key,
           array_agg(-1) AS sign
    INTO a FROM old_teams WHERE "status" = 'ACTIVE';
    IF a.province IS NOT NULL THEN
      PERFORM app_private.roster_apply(a.province, a.commune, a.measure, a.key, a.sign);
    END IF;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    SELECT array_agg("provinceId") AS province, array_agg("communeId") AS commune,
           array_agg('TEAMS'::"RosterMeasure") AS measure, array_agg("kind"::text) AS key,
           array_agg(1) AS sign
    INTO a FROM new_teams WHERE "status" = 'ACTIVE';
    IF a.province IS NOT NULL THEN
      PERFORM app_private.roster_apply(a.province, a.commune, a.measure, a.key, a.sign);
    END IF;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    -- A team's open memberships leave its old commune and kind (when it was active) and join the
    -- new ones (when it is active).
    SELECT array_agg(s.province) AS province, array_agg(s.commune) AS commune,
           array_agg(k.measure) AS measure, array_agg(k.key) AS key, array_agg(s.sign) AS sign
    INTO a
    FROM old_teams o
    JOIN new_teams n ON n."provinceId" = o."provinceId" AND n."id" = o."id"
    JOIN "Membership" m ON m."provinceId" = o."provinceId" AND m."teamId" = o."id"
                       AND m."leftOn" IS NULL
    JOIN "Person" p ON p."provinceId" = m."provinceId" AND p."id" = m."personId"
    CROSS JOIN LATERAL (VALUES (o."provinceId", o."communeId", o."kind", o."status", -1),
                               (n."provinceId", n."communeId", n."kind", n."status", 1))
      AS s(province, commune, kind, status, sign)
    CROSS JOIN LATERAL app_private.roster_member_keys(m."role", p."gender", p."ethnicityId",
                                                      p."birthDate", s.kind) k
    WHERE s.status = 'ACTIVE'
      AND (o."communeId", o."kind", o."status") IS DISTINCT FROM (n."communeId", n."kind", n."status");
    IF a.province IS NOT NULL THEN
      PERFORM app_private.roster_apply(a.province, a.commune, a.measure, a.key, a.sign);
    END IF;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER roster_teams_inserted AFTER INSERT ON "Team"
  REFERENCING NEW TABLE AS new_teams FOR EACH STATEMENT
  EXECUTE FUNCTION app_private.roster_teams_changed();
CREATE TRIGGER roster_teams_updated AFTER UPDATE ON "Team"
  REFERENCING OLD TABLE AS old_teams NEW TABLE AS new_teams FOR EACH STATEMENT
  EXECUTE FUNCTION app_private.roster_teams_changed();
CREATE TRIGGER roster_teams_deleted AFTER DELETE ON "Team"
  REFERENCING OLD TABLE AS old_teams FOR EACH STATEMENT
  EXECUTE FUNCTION app_private.roster_teams_changed();

-- A person's gender, ethnicity or birth date corrected: their open memberships move keys.
CREATE FUNCTION app_private.roster_persons_changed() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_catalog AS $$
DECLARE
  a record;
BEGIN
  SELECT array_agg(t."provinceId") AS province, array_agg(t."communeId") AS commune,
         array_agg(k.measure) AS measure, array_agg(k.key) AS key, array_agg(s.sign) AS sign
  INTO a
  FROM old_persons o
  JOIN new_persons n ON n."provinceId" = o."provinceId" AND n."id" = o."id"
  JOIN "Membership" m ON m."provinceId" = o."provinceId" AND m."personId" = o."id"
                     AND m."leftOn" IS NULL
  JOIN "Team" t ON t."provinceId" = m."provinceId" AND t."id" = m."teamId" AND t."status" = 'ACTIVE'
  CROSS JOIN LATERAL (VALUES (o."gender", o."ethnicityId", o."birthDate", -1),
                             (n."gender", n."ethnicityId", n."birthDate", 1))
    AS s(gender, ethnicity, birth, sign)
  CROSS JOIN LATERAL app_private.roster_member_keys(m."role", s.gender, s.ethnicity, s.birth,
                                                    t."kind") k
  WHERE (o."gender", o."ethnicityId", o."birthDate")
        IS DISTINCT FROM (n."gender", n."ethnicityId", n."birthDate")
    AND k.measure IN ('MEMBER_GENDER', 'MEMBER_ETHNICITY', 'MEMBER_BIRTH_YEAR');
  IF a.province IS NOT NULL THEN
    PERFORM app_private.roster_apply(a.province, a.commune, a.measure, a.key, a.sign);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER roster_persons_updated AFTER UPDATE ON "Person"
  REFERENCING OLD TABLE AS old_persons NEW TABLE AS new_persons FOR EACH STATEMENT
  EXECUTE FUNCTION app_private.roster_persons_changed();

-- Active points per commune and model.
CREATE FUNCTION app_private.point_apply(p_province int[], p_commune int[], p_model uuid[], p_sign int[])
RETURNS void LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_catalog AS $$
  INSERT INTO "PointRollup" AS t ("provinceId", "communeId", "modelId", "points", "updatedAt")
  SELECT province, commune, model, SUM(sign)::int, clock_timestamp()
  FROM unnest(p_province, p_commune, p_model, p_sign) AS d(province, commune, model, sign)
  GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT ("provinceId", "communeId", "modelId")
  DO UPDATE SET "points" = t."points" + EXCLUDED."points", "updatedAt" = EXCLUDED."updatedAt";
$$;

CREATE FUNCTION app_private.point_rollup_changed() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_catalog AS $$
DECLARE
  a record;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    SELECT array_agg("provinceId") AS province, array_agg("communeId") AS commune,
           array_agg("modelId") AS model, array_agg(-1) AS sign
    INTO a FROM old_points WHERE "status" = 'ACTIVE';
    IF a.province IS NOT NULL THEN
      PERFORM app_private.point_apply(a.province, a.commune, a.model, a.sign);
    END IF;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    SELECT array_agg("provinceId") AS province, array_agg("communeId") AS commune,
           array_agg("modelId") AS model, array_agg(1) AS sign
    INTO a FROM new_points WHERE "status" = 'ACTIVE';
    IF a.province IS NOT NULL THEN
      PERFORM app_private.point_apply(a.province, a.commune, a.model, a.sign);
    END IF;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER point_rollup_inserted AFTER INSERT ON "ReplicationPoint"
  REFERENCING NEW TABLE AS new_points FOR EACH STATEMENT
  EXECUTE FUNCTION app_private.point_rollup_changed();
CREATE TRIGGER point_rollup_updated AFTER UPDATE ON "ReplicationPoint"
  REFERENCING OLD TABLE AS old_points NEW TABLE AS new_points FOR EACH STATEMENT
  EXECUTE FUNCTION app_private.point_rollup_changed();
CREATE TRIGGER point_rollup_deleted AFTER DELETE ON "ReplicationPoint"
  REFERENCING OLD TABLE AS old_points FOR EACH STATEMENT
  EXECUTE FUNCTION app_private.point_rollup_changed();

-- The roster rollups as the base rows say they should be.
CREATE VIEW app_private.roster_rollup_computed AS
  SELECT t."provinceId", t."communeId", 'TEAMS'::"RosterMeasure" AS "measure", t."kind"::text AS "key",
         count(*)::int AS "count"
  FROM "Team" t WHERE t."status" = 'ACTIVE'
  GROUP BY 1, 2, 3, 4
  UNION ALL
  SELECT t."provinceId", t."communeId", k.measure, k.key, count(*)::int
  FROM "Membership" m
  JOIN "Team" t ON t."provinceId" = m."provinceId" AND t."id" = m."teamId" AND t."status" = 'ACTIVE'
  JOIN "Person" p ON p."provinceId" = m."provinceId" AND p."id" = m."personId"
  CROSS JOIN LATERAL app_private.roster_member_keys(m."role", p."gender", p."ethnicityId",
                                                    p."birthDate", t."kind") k
  WHERE m."leftOn" IS NULL
  GROUP BY 1, 2, 3, 4;

CREATE VIEW app_private.point_rollup_computed AS
  SELECT "provinceId", "communeId", "modelId", count(*)::int AS "points"
  FROM "ReplicationPoint" WHERE "status" = 'ACTIVE'
  GROUP BY 1, 2, 3;

-- Every difference between the stored roster rollups and the recomputation (zero counts are
-- absent), in the shape of rollup_differences.
CREATE FUNCTION app_private.roster_rollup_differences(p_province int DEFAULT NULL)
RETURNS TABLE ("rollup" text, "key" text, "stored" bigint, "computed" bigint,
               "storedReports" int, "computedReports" int)
LANGUAGE sql STABLE SET search_path = public, pg_catalog AS $$
  WITH stored AS (
    SELECT * FROM "RosterRollup"
    WHERE "count" <> 0 AND (p_province IS NULL OR "provinceId" = p_province)
  ), computed AS (
    SELECT * FROM app_private.roster_rollup_computed
    WHERE p_province IS NULL OR "provinceId" = p_province
  ), points_stored AS (
    SELECT * FROM "PointRollup"
    WHERE "points" <> 0 AND (p_province IS NULL OR "provinceId" = p_province)
  ), points_computed AS (
    SELECT * FROM app_private.point_rollup_computed
    WHERE p_province IS NULL OR "provinceId" = p_province
  )
  SELECT 'RosterRollup'::text,
         concat_ws('/', COALESCE(s."provinceId", c."provinceId"), COALESCE(s."communeId", c."communeId"),
                   COALESCE(s."measure", c."measure"), COALESCE(s."key", c."key")),
         s."count"::bigint, c."count"::bigint, NULL::int, NULL::int
  FROM stored s FULL JOIN computed c USING ("provinceId", "communeId", "measure", "key")
  WHERE s."count" IS DISTINCT FROM c."count"
  UNION ALL
  SELECT 'PointRollup'::text,
         concat_ws('/', COALESCE(s."provinceId", c."provinceId"), COALESCE(s."communeId", c."communeId"),
                   COALESCE(s."modelId", c."modelId")),
         s."points"::bigint, c."points"::bigint, NULL::int, NULL::int
  FROM points_stored s FULL JOIN points_computed c USING ("provinceId", "communeId", "modelId")
  WHERE s."points" IS DISTINCT FROM c."points";
$$;

CREATE FUNCTION app_private.roster_rollups_rebuild() RETURNS void LANGUAGE sql VOLATILE
SET search_path = public, pg_catalog AS $$
  DELETE FROM "RosterRollup";
  DELETE FROM "PointRollup";
  INSERT INTO "RosterRollup" ("provinceId", "communeId", "measure", "key", "count", "updatedAt")
  SELECT *, clock_timestamp() FROM app_private.roster_rollup_computed;
  INSERT INTO "PointRollup" ("provinceId", "communeId", "modelId", "points", "updatedAt")
  SELECT *, clock_timestamp() FROM app_private.point_rollup_computed;
$$;

-- `npm run rollups:verify` and the rollups test read rollup_differences: it now also compares the
-- roster rollups, and rollups_rebuild rebuilds them too.
ALTER FUNCTION app_private.rollup_differences(int) RENAME TO report_rollup_differences;
ALTER FUNCTION app_private.rollups_rebuild() RENAME TO report_rollups_rebuild;
CREATE FUNCTION app_private.rollup_differences(p_province int DEFAULT NULL)
RETURNS TABLE ("rollup" text, "key" text, "stored" bigint, "computed" bigint,
               "storedReports" int, "computedReports" int)
LANGUAGE sql STABLE SET search_path = public, pg_catalog AS $$
  SELECT * FROM app_private.report_rollup_differences(p_province)
  UNION ALL
  SELECT * FROM app_private.roster_rollup_differences(p_province);
$$;
CREATE FUNCTION app_private.rollups_rebuild() RETURNS void LANGUAGE sql VOLATILE
SET search_path = public, pg_catalog AS $$
  SELECT app_private.report_rollups_rebuild();
  SELECT app_private.roster_rollups_rebuild();
$$;

REVOKE ALL ON FUNCTION app_private.roster_apply(int[], int[], "RosterMeasure"[], text[], int[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION app_private.roster_member_keys("MemberRole", "Gender", int, date, "TeamKind") FROM PUBLIC;
REVOKE ALL ON FUNCTION app_private.roster_apply_memberships(int[], uuid[], uuid[], "MemberRole"[], boolean[], int[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION app_private.roster_memberships_changed() FROM PUBLIC;
REVOKE ALL ON FUNCTION app_private.roster_teams_changed() FROM PUBLIC;
REVOKE ALL ON FUNCTION app_private.roster_persons_changed() FROM PUBLIC;
REVOKE ALL ON FUNCTION app_private.point_apply(int[], int[], uuid[], int[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION app_private.point_rollup_changed() FROM PUBLIC;
REVOKE ALL ON FUNCTION app_private.roster_rollup_differences(int) FROM PUBLIC;
REVOKE ALL ON FUNCTION app_private.roster_rollups_rebuild() FROM PUBLIC;
REVOKE ALL ON FUNCTION app_private.rollup_differences(int) FROM PUBLIC;
REVOKE ALL ON FUNCTION app_private.rollups_rebuild() FROM PUBLIC;

-- The app reads the roster rollups of its scope and writes none.
GRANT SELECT ON "RosterRollup", "PointRollup" TO portal_app;
ALTER TABLE "RosterRollup" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "RosterRollup" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "RosterRollup" FOR SELECT TO portal_app
  USING ((SELECT app_scope_verified()) AND app_can_read("provinceId", "communeId"));
ALTER TABLE "PointRollup" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PointRollup" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "PointRollup" FOR SELECT TO portal_app
  USING ((SELECT app_scope_verified()) AND app_can_read("provinceId", "communeId"));

-- A province's population and its source, set by the ministry administrator only: the app cannot
-- write the Province table (reference data); this function checks the verified scope and role and
-- the version the form was read at. Returns the new version, or null when the version moved on.
CREATE FUNCTION app_set_province_population(
  p_province int, p_population int, p_source text, p_version int
) RETURNS int LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_catalog AS $$
DECLARE
  v int;
BEGIN
  IF NOT (app_scope_verified() AND app_scope_level() = 'NATION' AND app_role() = 'MINISTRY_ADMIN') THEN
    RAISE EXCEPTION 'only the ministry administrator sets populations'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  UPDATE "Province"
     SET "population" = p_population, "populationSource" = p_source,
         "populationVersion" = "populationVersion" + 1
   WHERE "id" = p_province AND "populationVersion" = p_version
  RETURNING "populationVersion" INTO v;
  RETURN v;
END
$$;
REVOKE ALL ON FUNCTION app_set_province_population(int, int, text, int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_set_province_population(int, int, text, int) TO portal_app;

-- Installs that already hold rosters start with their rollups built.
SELECT app_private.roster_rollups_rebuild();

SELECT app_private.harden_policies();
