-- Registry gaps: what row-level security hid that the registry and rosters must see, and no more.

-- 1. Model recognitions. The ministry's "công nhận nhân rộng toàn quốc" is kept under a province
-- (the model's owner, or the province a catalog model began in) and is public wherever the model is
-- readable: every province sees it on a catalog model's page. Only the ministry administrator
-- records or removes it; a province records and removes its own province-level recognitions only.
DROP POLICY tenant_read ON "ModelRecognition";
CREATE POLICY tenant_read ON "ModelRecognition" FOR SELECT TO portal_app USING (
  (SELECT app_scope_verified()) AND (app_can_read_province("provinceId")
  OR ("level" = 'MINISTRY_NATIONWIDE' AND app_scope_level() IN ('PROVINCE', 'COMMUNE')
      AND EXISTS (SELECT 1 FROM "Model" m WHERE m."id" = "modelId"))));
ALTER POLICY tenant_insert ON "ModelRecognition" WITH CHECK (
  (SELECT app_scope_verified()) AND app_can_write_province("provinceId") AND "level" <> 'MINISTRY_NATIONWIDE');
ALTER POLICY tenant_update ON "ModelRecognition"
  USING ((SELECT app_scope_verified()) AND app_can_write_province("provinceId") AND "level" <> 'MINISTRY_NATIONWIDE')
  WITH CHECK ((SELECT app_scope_verified()) AND app_can_write_province("provinceId") AND "level" <> 'MINISTRY_NATIONWIDE');
ALTER POLICY tenant_delete ON "ModelRecognition" USING (
  (SELECT app_scope_verified()) AND app_can_write_province("provinceId") AND "level" <> 'MINISTRY_NATIONWIDE');
CREATE POLICY ministry_removes ON "ModelRecognition" FOR DELETE TO portal_app USING (
  (SELECT app_scope_verified()) AND app_scope_level() = 'NATION' AND app_role() = 'MINISTRY_ADMIN'
  AND "level" = 'MINISTRY_NATIONWIDE');

-- 2. One person per citizen ID within a province. A commune officer reads, besides the persons their
-- commune keeps, the persons who are or were members of their commune's teams (the home commune
-- keeps and edits the record). The membership's own policy decides which memberships count.
DROP POLICY tenant_read ON "Person";
CREATE POLICY tenant_read ON "Person" FOR SELECT TO portal_app USING (
  (SELECT app_scope_verified()) AND (app_can_read("provinceId", "communeId")
  OR (app_scope_level() = 'COMMUNE' AND "provinceId" = app_province_id()
      AND EXISTS (SELECT 1 FROM "Membership" m
                   WHERE m."provinceId" = "Person"."provinceId" AND m."personId" = "Person"."id"))));

-- Name shown for a person of another commune: the family name and initials ("Nguyễn V. A.").
CREATE FUNCTION app_private.mask_name(p_name text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT SET search_path = pg_catalog AS $$
  SELECT string_agg(CASE WHEN x.n = 1 THEN x.w ELSE left(x.w, 1) || '.' END, ' ' ORDER BY x.n)
    FROM unnest(regexp_split_to_array(btrim(p_name), '\s+')) WITH ORDINALITY AS x(w, n)
$$;

-- The duplicate and "already in another team" checks of the rosters, across the communes of the
-- caller's verified province only (nothing for the ministry, nothing without a scope): persons by
-- citizen ID, by id, or by name key and birth date; their name masked, their citizen ID only when
-- the caller named it (else its last four digits), their home commune, and one row per membership
-- (team, its commune, role, open or not). Nothing else of the person leaves the function.
CREATE FUNCTION app_person_lookup(p_citizen_ids text[], p_person_ids uuid[] DEFAULT '{}',
                                  p_name_key text DEFAULT NULL, p_birth_date date DEFAULT NULL)
RETURNS TABLE (person_id uuid, citizen_id text, citizen_id_end text, masked_name text,
               birth_date date, commune_id integer, commune_name text, team_id uuid,
               team_name text, team_kind "TeamKind", team_commune_id integer,
               team_commune_name text, role "MemberRole", open boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH scope AS (
    SELECT app_province_id() AS province
     WHERE app_scope_verified() AND app_scope_level() IN ('PROVINCE', 'COMMUNE')
  ), found AS (
    SELECT p.* FROM scope s JOIN "Person" p ON p."provinceId" = s.province
     WHERE p."citizenId" = ANY (coalesce(p_citizen_ids, '{}'))
    UNION
    SELECT p.* FROM scope s JOIN "Person" p ON p."provinceId" = s.province
     WHERE p."id" = ANY (coalesce(p_person_ids, '{}'))
    UNION
    SELECT p.* FROM scope s JOIN "Person" p ON p."provinceId" = s.province
     WHERE p_name_key IS NOT NULL AND p_birth_date IS NOT NULL
       AND p."searchKey" = p_name_key AND p."birthDate" = p_birth_date
  )
  SELECT p."id", CASE WHEN p."citizenId" = ANY (coalesce(p_citizen_ids, '{}')) THEN p."citizenId" END,
         right(p."citizenId", 4), app_private.mask_name(p."fullName"), p."birthDate",
         p."communeId", c."name", m."teamId", t."name", t."kind", t."communeId", tc."name",
         m."role", m."leftOn" IS NULL
    FROM found p
    JOIN "Commune" c ON c."id" = p."communeId"
    LEFT JOIN "Membership" m ON m."provinceId" = p."provinceId" AND m."personId" = p."id"
    LEFT JOIN "Team" t ON t."provinceId" = m."provinceId" AND t."id" = m."teamId"
    LEFT JOIN "Commune" tc ON tc."id" = t."communeId"
$$;
REVOKE ALL ON FUNCTION app_person_lookup(text[], uuid[], text, date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_person_lookup(text[], uuid[], text, date) TO portal_app;

-- 5. A point's history starts on its established date: correcting that date moves the first row
-- (the one without a previous status) with it, and nothing else of the history.
GRANT UPDATE ("effectiveOn") ON "PointStatusChange" TO portal_app;
CREATE POLICY first_row_update ON "PointStatusChange" FOR UPDATE TO portal_app
  USING ((SELECT app_scope_verified()) AND app_can_write_province("provinceId") AND "fromStatus" IS NULL
         AND EXISTS (SELECT 1 FROM "ReplicationPoint" p WHERE p."id" = "pointId"))
  WITH CHECK ((SELECT app_scope_verified()) AND app_can_write_province("provinceId") AND "fromStatus" IS NULL);

-- Policies read the scope in sub-selects, once per statement (migration harden_second_wall).
SELECT app_private.harden_policies();
