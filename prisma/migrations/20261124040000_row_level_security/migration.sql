-- Row-level security: the second wall behind the scoped queries of lib/.
--
-- The application connects as `portal_app`, which owns nothing and has no BYPASSRLS. Every request
-- runs in a transaction that first sets its scope with set_config(..., true) (lib/db/scoped.ts):
--   app.scope_level  NATION | PROVINCE | COMMUNE | AUTH (sign-in and session checks only)
--   app.province_id, app.commune_id, app.user_id
-- Settings made with is_local = true end with the transaction, so a scope can never leak to the
-- next request on a pooled connection. With no scope set, no tenant row is visible.
-- Migrations and the seed run as the owning role (a superuser or BYPASSRLS role).

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'portal_app') THEN
    CREATE ROLE portal_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO portal_app;

-- Scope of the current transaction.
CREATE FUNCTION app_scope_level() RETURNS text LANGUAGE sql STABLE AS
$$ SELECT coalesce(current_setting('app.scope_level', true), '') $$;
CREATE FUNCTION app_province_id() RETURNS integer LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('app.province_id', true), '')::integer $$;
CREATE FUNCTION app_commune_id() RETURNS integer LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('app.commune_id', true), '')::integer $$;
CREATE FUNCTION app_user_id() RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$;

-- Reference data: national, read by everyone, written by migrations and the seed. The ministry's
-- catalogs (indicators, rules, periods) are written by the app under the catalog permission.
GRANT SELECT ON "Province", "FormerProvince", "Commune", "FormerCommune", "CommuneMapping",
  "Ethnicity", "Indicator", "ValidationRule", "ReportingPeriod", "SystemSetting" TO portal_app;
GRANT INSERT, UPDATE ON "Indicator", "ValidationRule", "ReportingPeriod" TO portal_app;

-- Tenant tables: the app reads and writes them, row-level security decides which rows.
GRANT SELECT, INSERT, UPDATE, DELETE ON
  "ResidentialArea", "Organization", "Model", "ModelRecognition", "ReplicationPoint", "PointRating",
  "Team", "TeamArea", "Person", "Membership", "PeriodReopening", "Report", "ReportValue",
  "ReportStatusChange", "SafetyRegistration", "CommuneYearTitle", "Award"
  TO portal_app;
GRANT SELECT, INSERT, UPDATE ON "User" TO portal_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON "Session", "SignInAttempt" TO portal_app;
-- The audit trail is append-only for the app: no UPDATE, no DELETE, whatever the policies say.
GRANT SELECT, INSERT ON "AuditLog" TO portal_app;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO portal_app;
-- /api/health reports the applied migrations.
GRANT SELECT ON "_prisma_migrations" TO portal_app;

-- Which rows of a table with provinceId and communeId the current scope may see and change.
-- The ministry reads everything (a policy, not a bypass) and changes no tenant row.
CREATE FUNCTION app_can_read(province integer, commune integer) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT CASE app_scope_level()
    WHEN 'NATION' THEN true
    WHEN 'PROVINCE' THEN province = app_province_id()
    WHEN 'COMMUNE' THEN province = app_province_id() AND commune = app_commune_id()
    ELSE false
  END
$$;
CREATE FUNCTION app_can_write(province integer, commune integer) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT CASE app_scope_level()
    WHEN 'PROVINCE' THEN province = app_province_id()
    WHEN 'COMMUNE' THEN province = app_province_id() AND commune = app_commune_id()
    ELSE false
  END
$$;
-- The same for rows that belong to a whole province (a commune reads its province's rows).
CREATE FUNCTION app_can_read_province(province integer) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT CASE app_scope_level()
    WHEN 'NATION' THEN true
    WHEN 'PROVINCE' THEN province = app_province_id()
    WHEN 'COMMUNE' THEN province = app_province_id()
    ELSE false
  END
$$;
CREATE FUNCTION app_can_write_province(province integer) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT app_scope_level() = 'PROVINCE' AND province = app_province_id()
$$;

-- Tables of one commune's rows.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['ResidentialArea', 'Organization', 'ReplicationPoint', 'Team', 'Person',
    'Membership', 'Report', 'SafetyRegistration', 'CommuneYearTitle']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_read ON %I FOR SELECT TO portal_app USING (app_can_read("provinceId", "communeId"))', t);
    EXECUTE format('CREATE POLICY tenant_insert ON %I FOR INSERT TO portal_app WITH CHECK (app_can_write("provinceId", "communeId"))', t);
    EXECUTE format('CREATE POLICY tenant_update ON %I FOR UPDATE TO portal_app USING (app_can_write("provinceId", "communeId")) WITH CHECK (app_can_write("provinceId", "communeId"))', t);
    EXECUTE format('CREATE POLICY tenant_delete ON %I FOR DELETE TO portal_app USING (app_can_write("provinceId", "communeId"))', t);
  END LOOP;
END
$$;

-- Awards: to a commune's collective or person, or to the province as a whole (communeId null).
ALTER TABLE "Award" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Award" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "Award" FOR SELECT TO portal_app USING (
  CASE WHEN "communeId" IS NULL THEN app_can_read_province("provinceId") ELSE app_can_read("provinceId", "communeId") END);
CREATE POLICY tenant_insert ON "Award" FOR INSERT TO portal_app WITH CHECK (app_can_write_province("provinceId"));
CREATE POLICY tenant_update ON "Award" FOR UPDATE TO portal_app USING (app_can_write_province("provinceId")) WITH CHECK (app_can_write_province("provinceId"));
CREATE POLICY tenant_delete ON "Award" FOR DELETE TO portal_app USING (app_can_write_province("provinceId"));

-- Rows of a whole province.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['ModelRecognition', 'PeriodReopening']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_read ON %I FOR SELECT TO portal_app USING (app_can_read_province("provinceId"))', t);
    EXECUTE format('CREATE POLICY tenant_insert ON %I FOR INSERT TO portal_app WITH CHECK (app_can_write_province("provinceId"))', t);
    EXECUTE format('CREATE POLICY tenant_update ON %I FOR UPDATE TO portal_app USING (app_can_write_province("provinceId")) WITH CHECK (app_can_write_province("provinceId"))', t);
    EXECUTE format('CREATE POLICY tenant_delete ON %I FOR DELETE TO portal_app USING (app_can_write_province("provinceId"))', t);
  END LOOP;
END
$$;
-- The ministry recognises models for nationwide replication.
CREATE POLICY ministry_recognises ON "ModelRecognition" FOR INSERT TO portal_app WITH CHECK (
  app_scope_level() = 'NATION' AND "level" = 'MINISTRY_NATIONWIDE');

-- Models: the national catalog (provinceId null) is read by every signed-in scope and written by
-- the ministry; a province's own models are its own.
ALTER TABLE "Model" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Model" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "Model" FOR SELECT TO portal_app USING (
  CASE WHEN "provinceId" IS NULL THEN app_scope_level() IN ('NATION', 'PROVINCE', 'COMMUNE')
       ELSE app_can_read_province("provinceId") END);
CREATE POLICY tenant_insert ON "Model" FOR INSERT TO portal_app WITH CHECK (
  CASE WHEN "provinceId" IS NULL THEN app_scope_level() = 'NATION' ELSE app_can_write_province("provinceId") END);
CREATE POLICY tenant_update ON "Model" FOR UPDATE TO portal_app
  USING (CASE WHEN "provinceId" IS NULL THEN app_scope_level() = 'NATION' ELSE app_can_write_province("provinceId") END)
  WITH CHECK (CASE WHEN "provinceId" IS NULL THEN app_scope_level() = 'NATION' ELSE app_can_write_province("provinceId") END);
CREATE POLICY tenant_delete ON "Model" FOR DELETE TO portal_app USING (
  CASE WHEN "provinceId" IS NULL THEN app_scope_level() = 'NATION' ELSE app_can_write_province("provinceId") END);

-- Rows that belong to a parent row: visible and writable exactly when the parent is (the parent's
-- own policies apply inside the subquery). The province check first keeps the common case cheap.
ALTER TABLE "PointRating" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PointRating" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "PointRating" FOR SELECT TO portal_app USING (
  app_can_read_province("provinceId") AND EXISTS (SELECT 1 FROM "ReplicationPoint" p WHERE p."id" = "pointId"));
CREATE POLICY tenant_write ON "PointRating" FOR ALL TO portal_app
  USING (app_can_write_province("provinceId") AND EXISTS (SELECT 1 FROM "ReplicationPoint" p WHERE p."id" = "pointId"))
  WITH CHECK (app_can_write_province("provinceId"));

ALTER TABLE "TeamArea" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "TeamArea" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "TeamArea" FOR SELECT TO portal_app USING (
  app_can_read_province("provinceId") AND EXISTS (SELECT 1 FROM "Team" t WHERE t."id" = "teamId"));
CREATE POLICY tenant_write ON "TeamArea" FOR ALL TO portal_app
  USING (app_scope_level() IN ('PROVINCE', 'COMMUNE') AND "provinceId" = app_province_id()
         AND EXISTS (SELECT 1 FROM "Team" t WHERE t."id" = "teamId" AND app_can_write(t."provinceId", t."communeId")))
  WITH CHECK (app_scope_level() IN ('PROVINCE', 'COMMUNE') AND "provinceId" = app_province_id()
         AND EXISTS (SELECT 1 FROM "Team" t WHERE t."id" = "teamId" AND app_can_write(t."provinceId", t."communeId")));

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['ReportValue', 'ReportStatusChange']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format($f$CREATE POLICY tenant_read ON %I FOR SELECT TO portal_app USING (
      app_scope_level() = 'NATION'
      OR (app_scope_level() = 'PROVINCE' AND "provinceId" = app_province_id())
      OR (app_scope_level() = 'COMMUNE' AND "provinceId" = app_province_id()
          AND EXISTS (SELECT 1 FROM "Report" r WHERE r."id" = "reportId")))$f$, t);
    EXECUTE format($f$CREATE POLICY tenant_write ON %I FOR ALL TO portal_app
      USING (app_scope_level() IN ('PROVINCE', 'COMMUNE') AND "provinceId" = app_province_id()
             AND EXISTS (SELECT 1 FROM "Report" r WHERE r."id" = "reportId" AND app_can_write(r."provinceId", r."communeId")))
      WITH CHECK (app_scope_level() IN ('PROVINCE', 'COMMUNE') AND "provinceId" = app_province_id()
             AND EXISTS (SELECT 1 FROM "Report" r WHERE r."id" = "reportId" AND app_can_write(r."provinceId", r."communeId")))$f$, t);
  END LOOP;
END
$$;

-- Users: the ministry sees and manages all, a province its own users, anyone their own row. Sign-in
-- (AUTH) reads users by name and records the sign-in time.
ALTER TABLE "User" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "User" FORCE ROW LEVEL SECURITY;
CREATE POLICY user_read ON "User" FOR SELECT TO portal_app USING (
  app_scope_level() IN ('AUTH', 'NATION')
  OR "id" = app_user_id()
  OR (app_scope_level() = 'PROVINCE' AND "provinceId" = app_province_id()));
CREATE POLICY user_insert ON "User" FOR INSERT TO portal_app WITH CHECK (
  app_scope_level() = 'NATION'
  OR (app_scope_level() = 'PROVINCE' AND "provinceId" = app_province_id()));
CREATE POLICY user_update ON "User" FOR UPDATE TO portal_app
  USING (app_scope_level() IN ('AUTH', 'NATION') OR "id" = app_user_id()
         OR (app_scope_level() = 'PROVINCE' AND "provinceId" = app_province_id()))
  WITH CHECK (app_scope_level() IN ('AUTH', 'NATION') OR "id" = app_user_id()
         OR (app_scope_level() = 'PROVINCE' AND "provinceId" = app_province_id()));

-- Audit trail: anyone may append (failed sign-ins have no scope), the ministry reads all, a
-- province its own. There is no UPDATE or DELETE policy, and no grant either.
ALTER TABLE "AuditLog" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AuditLog" FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_append ON "AuditLog" FOR INSERT TO portal_app WITH CHECK (true);
CREATE POLICY audit_read ON "AuditLog" FOR SELECT TO portal_app USING (
  app_scope_level() = 'NATION'
  OR (app_scope_level() = 'PROVINCE' AND "provinceId" = app_province_id()));

-- Sessions and sign-in attempts are read and written by the sign-in and session checks only.
ALTER TABLE "Session" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Session" FORCE ROW LEVEL SECURITY;
CREATE POLICY session_auth ON "Session" FOR ALL TO portal_app
  USING (app_scope_level() = 'AUTH' OR "userId" = app_user_id())
  WITH CHECK (app_scope_level() = 'AUTH' OR "userId" = app_user_id());
ALTER TABLE "SignInAttempt" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "SignInAttempt" FORCE ROW LEVEL SECURITY;
CREATE POLICY attempt_auth ON "SignInAttempt" FOR ALL TO portal_app
  USING (app_scope_level() = 'AUTH') WITH CHECK (app_scope_level() = 'AUTH');

-- Tables added by later migrations get no privileges by default: each migration grants what it needs.
