-- AlterTable
ALTER TABLE "User" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- ─────────────────────────────────────────────────────────────────────────────────────────────────
-- The second wall holds on its own (docs/decisions/005-authenticated-scope.md).
--
-- Until now a transaction's scope was whatever `set_config('app.scope_level', …)` said, so SQL run
-- as portal_app could claim any scope. From here on a scope is entered only through
--   app_enter_session(token)  the scope of a live session, derived from its user's row, or
--   app_enter_auth()          the sign-in level (throttle rows and the audit trail only),
-- which set the scope settings together with a MAC over them, bound to this backend and this
-- transaction. Every policy starts with (SELECT app_scope_verified()): settings changed by hand,
-- or carried over from another transaction, fail it and the transaction sees and changes nothing.
-- The MAC key lives in a schema portal_app cannot read.
-- Sessions and password hashes are out of portal_app's reach altogether: SECURITY DEFINER
-- functions sign in (with a proof of the password), read and end sessions, and change passwords.
-- ─────────────────────────────────────────────────────────────────────────────────────────────────

CREATE SCHEMA IF NOT EXISTS app_private;
REVOKE ALL ON SCHEMA app_private FROM PUBLIC;
CREATE TABLE app_private.scope_key (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  key bytea NOT NULL
);
-- gen_random_uuid() draws from the server's strong random source (no extension needed).
INSERT INTO app_private.scope_key (key)
  VALUES (sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text || clock_timestamp()::text, 'UTF8')));

-- MAC of the scope settings: sha256(key || sha256(key || message)). The outer hash rules out length
-- extension; the message ties the scope to this backend and this transaction's start.
CREATE FUNCTION app_private.scope_mac(level text, province text, commune text, usr text, rol text)
RETURNS text LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
  SELECT encode(sha256(k.key || sha256(k.key || convert_to(
    concat_ws('|', level, province, commune, usr, rol, pg_backend_pid()::text,
              extract(epoch from transaction_timestamp())::text), 'UTF8'))), 'hex')
  FROM app_private.scope_key k
$$;

CREATE FUNCTION app_private.set_scope(level text, province text, commune text, usr text, rol text)
RETURNS void LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog AS $$
  SELECT set_config('app.scope_level', level, true), set_config('app.province_id', province, true),
         set_config('app.commune_id', commune, true), set_config('app.user_id', usr, true),
         set_config('app.role', rol, true),
         set_config('app.scope_mac', app_private.scope_mac(level, province, commune, usr, rol), true)
$$;

-- Whether the scope settings of this transaction were set by app_enter_*.
CREATE FUNCTION app_scope_verified() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog AS $$
  SELECT coalesce(current_setting('app.scope_mac', true), '') <> ''
     AND current_setting('app.scope_mac', true) = app_private.scope_mac(
       coalesce(current_setting('app.scope_level', true), ''),
       coalesce(current_setting('app.province_id', true), ''),
       coalesce(current_setting('app.commune_id', true), ''),
       coalesce(current_setting('app.user_id', true), ''),
       coalesce(current_setting('app.role', true), ''))
$$;

-- The role of the verified scope's user ('' at the sign-in level).
CREATE FUNCTION app_role() RETURNS text LANGUAGE sql STABLE AS
$$ SELECT coalesce(current_setting('app.role', true), '') $$;

-- The sign-in level: anyone may enter it; it reaches the throttle rows and the audit trail only.
CREATE FUNCTION app_enter_auth() RETURNS void LANGUAGE sql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog AS $$
  SELECT app_private.set_scope('AUTH', '', '', '', '')
$$;

-- The scope of a live session, from its user's row; no row when the session is over (revoked,
-- past its 12 hours, idle for 30 minutes, or its user deactivated). Marks the session as seen (at
-- most once a minute). p_now may only move the clock forward (tests of timeouts), never back.
CREATE FUNCTION app_enter_session(p_token text, p_now timestamp(3) DEFAULT NULL)
RETURNS TABLE (session_id uuid, user_id uuid, username text, full_name text, role "Role",
               province_id integer, commune_id integer, commune_kind "CommuneKind",
               must_change_password boolean, locale text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  t timestamp(3) := greatest(coalesce(p_now, now() AT TIME ZONE 'UTC'), now() AT TIME ZONE 'UTC');
  s record;
BEGIN
  SELECT se."id" AS sid, se."lastSeenAt" AS seen, u."id" AS uid, u."username", u."fullName",
         u."role", u."provinceId", u."communeId", c."kind" AS commune_kind,
         u."mustChangePassword", u."locale"
    INTO s
    FROM "Session" se JOIN "User" u ON u."id" = se."userId"
    LEFT JOIN "Commune" c ON c."id" = u."communeId"
   WHERE se."tokenHash" = encode(sha256(convert_to(coalesce(p_token, ''), 'UTF8')), 'hex')
     AND se."revokedAt" IS NULL AND se."expiresAt" > t
     AND se."lastSeenAt" > t - interval '30 minutes' AND u."active";
  IF NOT FOUND THEN
    RETURN;
  END IF;
  IF s.seen < t - interval '1 minute' THEN
    UPDATE "Session" SET "lastSeenAt" = t WHERE "id" = s.sid;
  END IF;
  PERFORM app_private.set_scope(
    CASE WHEN s."role" IN ('MINISTRY_ADMIN', 'MINISTRY_ANALYST') THEN 'NATION'
         WHEN s."role" = 'COMMUNE_OFFICER' THEN 'COMMUNE' ELSE 'PROVINCE' END,
    CASE WHEN s."role" IN ('MINISTRY_ADMIN', 'MINISTRY_ANALYST') THEN '' ELSE coalesce(s."provinceId"::text, '') END,
    CASE WHEN s."role" = 'COMMUNE_OFFICER' THEN coalesce(s."communeId"::text, '') ELSE '' END,
    s.uid::text, s."role"::text);
  RETURN QUERY SELECT s.sid, s.uid, s."username", s."fullName", s."role", s."provinceId",
    s."communeId", s.commune_kind, s."mustChangePassword", s."locale"::text;
END
$$;

-- The salt and cost of a user's password hash (its PHC string without the hash itself), so that
-- the app can compute the proof of a typed password; NULL for an unknown username.
CREATE FUNCTION auth_password_params(p_username text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT regexp_replace("passwordHash", '\$[^$]*$', '') FROM "User" WHERE "username" = p_username
$$;

-- Sign-in: when the proof equals the stored hash and the user is active, a session with this
-- token begins (12 hours at most) and the throttle's attempt p_attempt (reserved as a failure by
-- the app before the password was hashed) becomes a success. One row, whatever the outcome:
-- signed-in | wrong-password | deactivated | unknown-user, with the user's ids where known (for
-- the audit trail).
CREATE FUNCTION auth_sign_in(p_username text, p_proof text, p_token text, p_ip text,
                             p_user_agent text, p_attempt bigint)
RETURNS TABLE (outcome text, session_id uuid, user_id uuid, role "Role", province_id integer,
               commune_id integer, must_change_password boolean)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  t timestamp(3) := now() AT TIME ZONE 'UTC';
  u record;
  sid uuid;
BEGIN
  SELECT x."id", x."role", x."provinceId", x."communeId", x."active", x."mustChangePassword",
         x."passwordHash" = p_proof AS matches
    INTO u FROM "User" x WHERE x."username" = p_username;
  IF NOT FOUND THEN
    RETURN QUERY SELECT 'unknown-user', NULL::uuid, NULL::uuid, NULL::"Role", NULL::integer,
      NULL::integer, NULL::boolean;
    RETURN;
  END IF;
  IF NOT u.matches OR length(coalesce(p_token, '')) < 32 THEN
    RETURN QUERY SELECT 'wrong-password', NULL::uuid, u."id", u."role", u."provinceId",
      u."communeId", NULL::boolean;
    RETURN;
  END IF;
  IF NOT u."active" THEN
    RETURN QUERY SELECT 'deactivated', NULL::uuid, u."id", u."role", u."provinceId",
      u."communeId", NULL::boolean;
    RETURN;
  END IF;
  INSERT INTO "Session" ("id", "tokenHash", "userId", "createdAt", "lastSeenAt", "expiresAt", "ip", "userAgent")
  VALUES (gen_random_uuid(), encode(sha256(convert_to(p_token, 'UTF8')), 'hex'), u."id", t, t,
          t + interval '12 hours', p_ip, left(p_user_agent, 300))
  RETURNING "id" INTO sid;
  UPDATE "User" SET "lastSignInAt" = t WHERE "id" = u."id";
  UPDATE "SignInAttempt" SET "success" = true WHERE "id" = p_attempt AND "username" = p_username;
  RETURN QUERY SELECT 'signed-in', sid, u."id", u."role", u."provinceId", u."communeId",
    u."mustChangePassword";
END
$$;

-- Sign-out: ends the session of this token.
CREATE FUNCTION auth_end_session(p_token text) RETURNS uuid
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  UPDATE "Session" SET "revokedAt" = now() AT TIME ZONE 'UTC'
   WHERE "tokenHash" = encode(sha256(convert_to(coalesce(p_token, ''), 'UTF8')), 'hex')
     AND "revokedAt" IS NULL
  RETURNING "userId"
$$;

-- Own password change, for the holder of a live session: the proof of the current password must
-- match. The other sessions of the user end; the number ended is returned (NULL: refused).
CREATE FUNCTION auth_change_own_password(p_token text, p_current_proof text, p_new_hash text)
RETURNS integer LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  t timestamp(3) := now() AT TIME ZONE 'UTC';
  s record;
  ended integer;
BEGIN
  SELECT se."id" AS sid, se."userId" AS uid INTO s
    FROM "Session" se JOIN "User" u ON u."id" = se."userId"
   WHERE se."tokenHash" = encode(sha256(convert_to(coalesce(p_token, ''), 'UTF8')), 'hex')
     AND se."revokedAt" IS NULL AND se."expiresAt" > t AND u."active"
     AND u."passwordHash" = p_current_proof;
  IF NOT FOUND OR p_new_hash !~ '^\$argon2id\$' THEN
    RETURN NULL;
  END IF;
  UPDATE "User" SET "passwordHash" = p_new_hash, "mustChangePassword" = false,
         "passwordChangedAt" = t, "version" = "version" + 1, "updatedAt" = t
   WHERE "id" = s.uid;
  UPDATE "Session" SET "revokedAt" = t WHERE "userId" = s.uid AND "revokedAt" IS NULL AND "id" <> s.sid;
  GET DIAGNOSTICS ended = ROW_COUNT;
  RETURN ended;
END
$$;

-- Whether the verified scope may manage this user: the ministry administrator any user, a province
-- administrator the officers of their own province; nobody themselves.
CREATE FUNCTION app_may_manage_user(p_user uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT app_scope_verified() AND p_user IS DISTINCT FROM app_user_id() AND EXISTS (
    SELECT 1 FROM "User" u WHERE u."id" = p_user AND (
      (app_scope_level() = 'NATION' AND app_role() = 'MINISTRY_ADMIN')
      OR (app_scope_level() = 'PROVINCE' AND app_role() = 'PROVINCE_ADMIN'
          AND u."provinceId" = app_province_id() AND u."role" IN ('PROVINCE_OFFICER', 'COMMUNE_OFFICER'))))
$$;

-- An administrator gives a user a new one-time password: every session of the user ends. The
-- number of sessions ended is returned (NULL: refused).
CREATE FUNCTION app_reset_password(p_user uuid, p_new_hash text) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  t timestamp(3) := now() AT TIME ZONE 'UTC';
  ended integer;
BEGIN
  IF NOT app_may_manage_user(p_user) OR p_new_hash !~ '^\$argon2id\$' THEN
    RETURN NULL;
  END IF;
  UPDATE "User" SET "passwordHash" = p_new_hash, "mustChangePassword" = true,
         "passwordChangedAt" = t, "version" = "version" + 1, "updatedAt" = t
   WHERE "id" = p_user;
  UPDATE "Session" SET "revokedAt" = t WHERE "userId" = p_user AND "revokedAt" IS NULL;
  GET DIAGNOSTICS ended = ROW_COUNT;
  RETURN ended;
END
$$;

-- An administrator ends every session of a user they manage (deactivation). NULL: refused.
CREATE FUNCTION app_end_user_sessions(p_user uuid) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE ended integer;
BEGIN
  IF NOT app_may_manage_user(p_user) THEN
    RETURN NULL;
  END IF;
  UPDATE "Session" SET "revokedAt" = now() AT TIME ZONE 'UTC'
   WHERE "userId" = p_user AND "revokedAt" IS NULL;
  GET DIAGNOSTICS ended = ROW_COUNT;
  RETURN ended;
END
$$;

REVOKE ALL ON FUNCTION app_private.scope_mac(text, text, text, text, text),
  app_private.set_scope(text, text, text, text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION app_scope_verified(), app_enter_auth(), app_enter_session(text, timestamp),
  auth_password_params(text), auth_sign_in(text, text, text, text, text, bigint), auth_end_session(text),
  auth_change_own_password(text, text, text), app_may_manage_user(uuid),
  app_reset_password(uuid, text), app_end_user_sessions(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_scope_verified(), app_enter_auth(), app_enter_session(text, timestamp),
  auth_password_params(text), auth_sign_in(text, text, text, text, text, bigint), auth_end_session(text),
  auth_change_own_password(text, text, text), app_may_manage_user(uuid),
  app_reset_password(uuid, text), app_end_user_sessions(uuid) TO portal_app;

-- Sessions: no direct access at all.
DROP POLICY session_auth ON "Session";
DROP POLICY session_admin ON "Session";
REVOKE ALL ON "Session" FROM portal_app;

-- Sign-in attempts: appended and counted at the sign-in level; never changed or deleted (deleting
-- them would reset the throttle).
DROP POLICY attempt_auth ON "SignInAttempt";
REVOKE ALL ON "SignInAttempt" FROM portal_app;
GRANT SELECT, INSERT ON "SignInAttempt" TO portal_app;
CREATE POLICY attempt_read ON "SignInAttempt" FOR SELECT TO portal_app USING (app_scope_level() = 'AUTH');
CREATE POLICY attempt_append ON "SignInAttempt" FOR INSERT TO portal_app WITH CHECK (app_scope_level() = 'AUTH');

-- Users: the password hash is never readable or writable by the app (the functions above handle
-- it); sign-in times are written by auth_sign_in. Column privileges say which columns.
REVOKE ALL ON "User" FROM portal_app;
GRANT SELECT ("id", "username", "fullName", "role", "provinceId", "communeId", "active",
  "mustChangePassword", "locale", "passwordChangedAt", "lastSignInAt", "version", "createdAt",
  "updatedAt") ON "User" TO portal_app;
GRANT INSERT ("id", "username", "passwordHash", "fullName", "role", "provinceId", "communeId",
  "active", "mustChangePassword", "locale", "passwordChangedAt", "version", "createdAt", "updatedAt")
  ON "User" TO portal_app;
GRANT UPDATE ("fullName", "role", "provinceId", "communeId", "active", "locale", "version",
  "updatedAt") ON "User" TO portal_app;

DROP POLICY user_read ON "User";
DROP POLICY user_insert ON "User";
DROP POLICY user_update ON "User";
CREATE POLICY user_read ON "User" FOR SELECT TO portal_app USING (
  app_scope_level() = 'NATION'
  OR "id" = app_user_id()
  OR (app_scope_level() = 'PROVINCE' AND "provinceId" = app_province_id()));
-- Who may create whom: the ministry administrator anyone; a province administrator the officers of
-- their own province.
CREATE POLICY user_insert ON "User" FOR INSERT TO portal_app WITH CHECK (
  (app_scope_level() = 'NATION' AND app_role() = 'MINISTRY_ADMIN')
  OR (app_scope_level() = 'PROVINCE' AND app_role() = 'PROVINCE_ADMIN'
      AND "provinceId" = app_province_id() AND "role" IN ('PROVINCE_OFFICER', 'COMMUNE_OFFICER')));
-- Edits: the same administrators, before and after the change, and anyone their own row, whose
-- role, units and active flag the trigger below keeps as they are.
CREATE POLICY user_update ON "User" FOR UPDATE TO portal_app
  USING ((app_scope_level() = 'NATION' AND app_role() = 'MINISTRY_ADMIN')
    OR "id" = app_user_id()
    OR (app_scope_level() = 'PROVINCE' AND app_role() = 'PROVINCE_ADMIN'
        AND "provinceId" = app_province_id() AND "role" IN ('PROVINCE_OFFICER', 'COMMUNE_OFFICER')))
  WITH CHECK ((app_scope_level() = 'NATION' AND app_role() = 'MINISTRY_ADMIN')
    OR "id" = app_user_id()
    OR (app_scope_level() = 'PROVINCE' AND app_role() = 'PROVINCE_ADMIN'
        AND "provinceId" = app_province_id() AND "role" IN ('PROVINCE_OFFICER', 'COMMUNE_OFFICER')));

CREATE FUNCTION app_private.user_keeps_own_powers() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_user = 'portal_app' AND OLD."id" = app_user_id() AND (
       NEW."role" IS DISTINCT FROM OLD."role" OR NEW."provinceId" IS DISTINCT FROM OLD."provinceId"
    OR NEW."communeId" IS DISTINCT FROM OLD."communeId" OR NEW."active" IS DISTINCT FROM OLD."active") THEN
    RAISE EXCEPTION 'a user cannot change their own role, units or active flag'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER user_keeps_own_powers BEFORE UPDATE ON "User"
  FOR EACH ROW EXECUTE FUNCTION app_private.user_keeps_own_powers();

-- The ministry's catalogs: read by every scope, written by the ministry administrator only.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Indicator', 'ValidationRule', 'ReportingPeriod']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format($f$CREATE POLICY catalog_read ON %I FOR SELECT TO portal_app
      USING (app_scope_level() IN ('NATION', 'PROVINCE', 'COMMUNE'))$f$, t);
    EXECUTE format($f$CREATE POLICY catalog_insert ON %I FOR INSERT TO portal_app
      WITH CHECK (app_scope_level() = 'NATION' AND app_role() = 'MINISTRY_ADMIN')$f$, t);
    EXECUTE format($f$CREATE POLICY catalog_update ON %I FOR UPDATE TO portal_app
      USING (app_scope_level() = 'NATION' AND app_role() = 'MINISTRY_ADMIN')
      WITH CHECK (app_scope_level() = 'NATION' AND app_role() = 'MINISTRY_ADMIN')$f$, t);
  END LOOP;
END
$$;

-- The national model catalog is the ministry administrator's; analysts read it.
ALTER POLICY tenant_insert ON "Model" WITH CHECK (
  CASE WHEN "provinceId" IS NULL THEN app_scope_level() = 'NATION' AND app_role() = 'MINISTRY_ADMIN'
       ELSE app_can_write_province("provinceId") END);
ALTER POLICY tenant_update ON "Model"
  USING (CASE WHEN "provinceId" IS NULL THEN app_scope_level() = 'NATION' AND app_role() = 'MINISTRY_ADMIN'
              ELSE app_can_write_province("provinceId") END)
  WITH CHECK (CASE WHEN "provinceId" IS NULL THEN app_scope_level() = 'NATION' AND app_role() = 'MINISTRY_ADMIN'
                   ELSE app_can_write_province("provinceId") END);
ALTER POLICY tenant_delete ON "Model" USING (
  CASE WHEN "provinceId" IS NULL THEN app_scope_level() = 'NATION' AND app_role() = 'MINISTRY_ADMIN'
       ELSE app_can_write_province("provinceId") END);
ALTER POLICY ministry_recognises ON "ModelRecognition" WITH CHECK (
  app_scope_level() = 'NATION' AND app_role() = 'MINISTRY_ADMIN' AND "level" = 'MINISTRY_NATIONWIDE');

-- Every policy of portal_app begins with the check that the scope was entered, not typed. Done
-- for all policies at once, so that none is missed; a test fails on a policy without it, so the
-- policies of later migrations carry it too.
DO $$
DECLARE
  p record;
  sql text;
BEGIN
  FOR p IN SELECT * FROM pg_policies WHERE schemaname = 'public' AND 'portal_app' = ANY (roles)
  LOOP
    sql := format('ALTER POLICY %I ON %I', p.policyname, p.tablename);
    IF p.qual IS NOT NULL THEN
      sql := sql || format(' USING ((SELECT app_scope_verified()) AND (%s))', p.qual);
    END IF;
    IF p.with_check IS NOT NULL THEN
      sql := sql || format(' WITH CHECK ((SELECT app_scope_verified()) AND (%s))', p.with_check);
    END IF;
    EXECUTE sql;
  END LOOP;
END
$$;
