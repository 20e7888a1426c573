-- ───────────── hand-written: roster changes that move no count lock no rollup row ─────────────
-- Decisions 012 and 015. An update of a team or a membership subtracted its old keys and added its
-- new ones in two upserts, so renaming a team, or any update of an active team's row, took the lock
-- of its commune's and (since roster_rollup_province) its province's TEAMS row until commit: every
-- other roster change of the province waited for it. The old and new keys of a statement are now
-- applied in one batch, and a key whose deltas sum to zero is not written.

CREATE OR REPLACE FUNCTION app_private.roster_apply(
  p_province int[], p_commune int[], p_measure "RosterMeasure"[], p_key text[], p_sign int[]
) RETURNS void LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_catalog AS $$
  INSERT INTO "RosterRollup" AS t ("provinceId", "communeId", "measure", "key", "count", "updatedAt")
  SELECT province, commune, measure, key, SUM(sign)::int, clock_timestamp()
  FROM unnest(p_province, p_commune, p_measure, p_key, p_sign) AS d(province, commune, measure, key, sign)
  GROUP BY 1, 2, 3, 4
  HAVING SUM(sign) <> 0
  ORDER BY 1, 2, 3, 4
  ON CONFLICT ("provinceId", "communeId", "measure", "key")
  DO UPDATE SET "count" = t."count" + EXCLUDED."count", "updatedAt" = EXCLUDED."updatedAt";
  INSERT INTO "RosterRollupProvince" AS t ("provinceId", "formerProvinceId", "measure", "key", "count", "updatedAt")
  SELECT d.province, COALESCE(c."formerProvinceId", 0), d.measure, d.key, SUM(d.sign)::int,
         clock_timestamp()
  FROM unnest(p_province, p_commune, p_measure, p_key, p_sign) AS d(province, commune, measure, key, sign)
  JOIN "Commune" c ON c."provinceId" = d.province AND c.id = d.commune
  GROUP BY 1, 2, 3, 4
  HAVING SUM(d.sign) <> 0
  ORDER BY 1, 2, 3, 4
  ON CONFLICT ("provinceId", "formerProvinceId", "measure", "key")
  DO UPDATE SET "count" = t."count" + EXCLUDED."count", "updatedAt" = EXCLUDED."updatedAt";
$$;

-- Memberships leaving (-1, as they were) and entering (+1, as they are) in one batch.
CREATE OR REPLACE FUNCTION app_private.roster_memberships_changed() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_catalog AS $$
DECLARE
  a record;
BEGIN
  IF TG_OP = 'UPDATE' THEN
    SELECT array_agg(x."provinceId") AS province, array_agg(x."teamId") AS team,
           array_agg(x."personId") AS person, array_agg(x."role") AS role,
           array_agg(x.open) AS open, array_agg(x.sign) AS sign
    INTO a FROM (
      SELECT "provinceId", "teamId", "personId", "role", "leftOn" IS NULL AS open, -1 AS sign
      FROM old_memberships
      UNION ALL
      SELECT "provinceId", "teamId", "personId", "role", "leftOn" IS NULL, 1 FROM new_memberships
    ) x;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg("provinceId") AS province, array_agg("teamId") AS team,
           array_agg("personId") AS person, array_agg("role") AS role,
           array_agg("leftOn" IS NULL) AS open, array_agg(-1) AS sign
    INTO a FROM old_memberships;
  ELSE
    SELECT array_agg("provinceId") AS province, array_agg("teamId") AS team,
           array_agg("personId") AS person, array_agg("role") AS role,
           array_agg("leftOn" IS NULL) AS open, array_agg(1) AS sign
    INTO a FROM new_memberships;
  END IF;
  IF a.province IS NOT NULL THEN
    PERFORM app_private.roster_apply_memberships(a.province, a.team, a.person, a.role, a.open, a.sign);
  END IF;
  RETURN NULL;
END
$$;

-- Teams: an active team counts under its kind; its open memberships count while it is active and
-- move with its commune and kind. The team's old (-1) and new (+1) keys and its memberships' moves
-- in one batch.
CREATE OR REPLACE FUNCTION app_private.roster_teams_changed() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_catalog AS $$
DECLARE
  a record;
BEGIN
  IF TG_OP = 'DELETE' THEN
    SELECT array_agg("provinceId") AS province, array_agg("communeId") AS commune,
           array_agg('TEAMS'::"RosterMeasure") AS measure, array_agg("kind"::text) AS key,
           array_agg(-1) AS sign
    INTO a FROM old_teams WHERE "status" = 'ACTIVE';
  ELSIF TG_OP = 'INSERT' THEN
    SELECT array_agg("provinceId") AS province, array_agg("communeId") AS commune,
           array_agg('TEAMS'::"RosterMeasure") AS measure, array_agg("kind"::text) AS key,
           array_agg(1) AS sign
    INTO a FROM new_teams WHERE "status" = 'ACTIVE';
  ELSE
    SELECT array_agg(x.province) AS province, array_agg(x.commune) AS commune,
           array_agg(x.measure) AS measure, array_agg(x.key) AS key, array_agg(x.sign) AS sign
    INTO a FROM (
      SELECT "provinceId" AS province, "communeId" AS commune, 'TEAMS'::"RosterMeasure" AS measure,
             "kind"::text AS key, -1 AS sign
      FROM old_teams WHERE "status" = 'ACTIVE'
      UNION ALL
      SELECT "provinceId", "communeId", 'TEAMS'::"RosterMeasure", "kind"::text, 1
      FROM new_teams WHERE "status" = 'ACTIVE'
      UNION ALL
      SELECT s.province, s.commune, k.measure, k.key, s.sign
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
        AND (o."communeId", o."kind", o."status") IS DISTINCT FROM (n."communeId", n."kind", n."status")
    ) x;
  END IF;
  IF a.province IS NOT NULL THEN
    PERFORM app_private.roster_apply(a.province, a.commune, a.measure, a.key, a.sign);
  END IF;
  RETURN NULL;
END
$$;
