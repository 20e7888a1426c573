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

-- The readers of the scope verify the MAC on every call: settings changed in the middle of a
-- statement (a set_config in a WHERE or a RETURNING) read as no scope at all. Policies call them in
-- sub-selects, so each is evaluated once per statement, not once per row (app_private.harden_policies).
CREATE OR REPLACE FUNCTION app_scope_level() RETURNS text LANGUAGE sql STABLE AS
$$ SELECT CASE WHEN app_scope_verified() THEN coalesce(current_setting('app.scope_level', true), '') ELSE '' END $$;
CREATE OR REPLACE FUNCTION app_province_id() RETURNS integer LANGUAGE sql STABLE AS
$$ SELECT CASE WHEN app_scope_verified() THEN nullif(current_setting('app.province_id', true), '')::integer END $$;
CREATE OR REPLACE FUNCTION app_commune_id() RETURNS integer LANGUAGE sql STABLE AS
$$ SELECT CASE WHEN app_scope_verified() THEN nullif(current_setting('app.commune_id', true), '')::integer END $$;
CREATE OR REPLACE FUNCTION app_user_id() RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT CASE WHEN app_scope_verified() THEN nullif(current_setting('app.user_id', true), '')::uuid END $$;
-- The role of the verified scope's user ('' at the sign-in level).
CREATE FUNCTION app_role() RETURNS text LANGUAGE sql STABLE AS
$$ SELECT CASE WHEN app_scope_verified() THEN coalesce(current_setting('app.role', true), '') ELSE '' END $$;

-- The sign-in level: anyone may enter it; it reaches the throttle rows and the audit trail only.
CREATE FUNCTION app_enter_auth() RETURNS void LANGUAGE sql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog AS $$
  SELECT app_private.set_scope('AUTH', '', '', '', '')
$$;

-- The scope of a live session, from its user's row; no row when the session is over (revoked,
-- past its 12 hours, idle for 30 minutes, or its user deactivated). Marks the session as seen (at
-- most once a minute). The database's clock decides.
CREATE FUNCTION app_enter_session(p_token text)
RETURNS TABLE (session_id uuid, user_id uuid, username text, full_name text, role "Role",
               province_id integer, commune_id integer, commune_kind "CommuneKind",
               must_change_password boolean, locale text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  t timestamp(3) := now() AT TIME ZONE 'UTC';
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
  -- One password check per reservation: a fresh failure of this username that no check used yet.
  UPDATE "SignInAttempt" a SET "checkedAt" = t
   WHERE a."id" = p_attempt AND a."username" = p_username AND NOT a."success"
     AND a."checkedAt" IS NULL AND a."at" > t - interval '1 minute';
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no reserved sign-in attempt' USING ERRCODE = 'insufficient_privilege';
  END IF;
  SELECT x."id", x."role", x."provinceId", x."communeId", x."active", x."mustChangePassword",
         x."username", x."passwordHash" = p_proof AS matches
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
  INSERT INTO "AuditLog" ("at", "action", "userId", "username", "role", "provinceId", "communeId",
                          "ip", "entity", "entityId")
  VALUES (t, 'SIGN_IN', u."id", u."username", u."role", u."provinceId", u."communeId", p_ip,
          'User', u."id"::text);
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
REVOKE ALL ON FUNCTION app_scope_verified(), app_enter_auth(), app_enter_session(text),
  auth_password_params(text), auth_sign_in(text, text, text, text, text, bigint), auth_end_session(text),
  auth_change_own_password(text, text, text), app_may_manage_user(uuid),
  app_reset_password(uuid, text), app_end_user_sessions(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_scope_verified(), app_enter_auth(), app_enter_session(text),
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
ALTER TABLE "SignInAttempt" ADD COLUMN "checkedAt" TIMESTAMP(3);

-- The throttle, in the database: at most 10 failed sign-ins per account and per address in 15
-- minutes, counted by the database's clock. An attempt is reserved (as a failure) before its
-- password is hashed, under transaction-scoped advisory locks per account and per address taken in
-- that order (so two attempts never wait on each other in a circle): of 40 simultaneous guesses, 10
-- are checked. A success resets the account's count. Attempts refused while throttled are not
-- counted, so the wait ends 15 minutes after the failures stop. Returns the attempt's id, or the
-- minutes to wait (as a negative number).
CREATE FUNCTION auth_reserve_attempt(p_username text, p_ip text) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  t timestamp(3) := clock_timestamp() AT TIME ZONE 'UTC';
  since timestamp(3) := t - interval '15 minutes';
  account_since timestamp(3);
  account_tenth timestamp(3);
  address_tenth timestamp(3);
  until timestamp(3);
  id bigint;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('sign-in account ' || coalesce(p_username, ''), 0));
  PERFORM pg_advisory_xact_lock(hashtextextended('sign-in address ' || coalesce(p_ip, ''), 0));
  SELECT greatest(since, coalesce(max(a."at"), since)) INTO account_since FROM "SignInAttempt" a
   WHERE a."username" = p_username AND a."success" AND a."at" >= since;
  SELECT a."at" INTO account_tenth FROM "SignInAttempt" a
   WHERE a."username" = p_username AND NOT a."success" AND a."at" > account_since
   ORDER BY a."at" DESC OFFSET 9 LIMIT 1;
  SELECT a."at" INTO address_tenth FROM "SignInAttempt" a
   WHERE a."ip" = p_ip AND NOT a."success" AND a."at" > since
   ORDER BY a."at" DESC OFFSET 9 LIMIT 1;
  -- The window reopens when the oldest of the last ten failures is 15 minutes old.
  until := greatest(account_tenth, address_tenth) + interval '15 minutes';
  IF until IS NOT NULL THEN
    RETURN -greatest(1, ceil(extract(epoch FROM (until - t)) / 60))::bigint;
  END IF;
  INSERT INTO "SignInAttempt" ("username", "ip", "success", "at") VALUES (p_username, p_ip, false, t)
  RETURNING "SignInAttempt"."id" INTO id;
  RETURN id;
END
$$;
REVOKE ALL ON FUNCTION auth_reserve_attempt(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION auth_reserve_attempt(text, text) TO portal_app;

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
  -- Settings not entered through a session (or changed since) count as "oneself": refused.
  IF current_user = 'portal_app' AND (NOT app_scope_verified() OR OLD."id" = app_user_id()) AND (
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

-- The audit trail: a session appends rows of its own user (and role), about a province it can
-- read; the sign-in level only failed sign-ins. Successful sign-ins are written by auth_sign_in.
DROP POLICY audit_append ON "AuditLog";
CREATE POLICY audit_append ON "AuditLog" FOR INSERT TO portal_app WITH CHECK (
  (app_scope_level() = 'AUTH' AND "action" = 'SIGN_IN_FAILED')
  OR (app_scope_level() IN ('NATION', 'PROVINCE', 'COMMUNE')
      AND "userId" = app_user_id() AND "role"::text = app_role()
      AND ("provinceId" IS NULL OR app_can_read_province("provinceId"))));

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

-- Every policy of portal_app: begins with the check that the scope was entered, not typed, and reads
-- the scope in sub-selects (init-plans: evaluated once per statement, and not again after a
-- set_config later in the statement). The helpers app_can_read(…) & co are expanded in place, as a
-- function whose argument is a sub-select could not be inlined and would run once per row. Done for
-- all policies at once, so that none is missed; later migrations that add policies call it again
-- (it is idempotent), and a test fails on a policy that reads the scope any other way.
CREATE FUNCTION app_private.harden_expr(expr text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $fn$
DECLARE
  level text := '(SELECT app_scope_level())';
  prov text := '(SELECT app_province_id())';
  comm text := '(SELECT app_commune_id())';
BEGIN
  expr := regexp_replace(expr,
    '(?<!SELECT )app_(scope_level|province_id|commune_id|user_id|role)\(\)', '(SELECT app_\1())', 'g');
  expr := regexp_replace(expr, 'app_can_read\(([^(),]+), ([^(),]+)\)',
    format('CASE %s WHEN ''NATION'' THEN true WHEN ''PROVINCE'' THEN \1 = %s WHEN ''COMMUNE'' THEN \1 = %s AND \2 = %s ELSE false END',
           level, prov, prov, comm), 'g');
  expr := regexp_replace(expr, 'app_can_write\(([^(),]+), ([^(),]+)\)',
    format('CASE %s WHEN ''PROVINCE'' THEN \1 = %s WHEN ''COMMUNE'' THEN \1 = %s AND \2 = %s ELSE false END',
           level, prov, prov, comm), 'g');
  expr := regexp_replace(expr, 'app_can_read_province\(([^(),]+)\)',
    format('CASE %s WHEN ''NATION'' THEN true WHEN ''PROVINCE'' THEN \1 = %s WHEN ''COMMUNE'' THEN \1 = %s ELSE false END',
           level, prov, prov), 'g');
  expr := regexp_replace(expr, 'app_can_write_province\(([^(),]+)\)',
    format('(%s = ''PROVINCE'' AND \1 = %s)', level, prov), 'g');
  IF position('app_scope_verified()' IN expr) = 0 THEN
    expr := format('(SELECT app_scope_verified()) AND (%s)', expr);
  END IF;
  RETURN expr;
END
$fn$;

CREATE FUNCTION app_private.harden_policies() RETURNS void LANGUAGE plpgsql AS $fn$
DECLARE
  p record;
  sql text;
BEGIN
  FOR p IN SELECT * FROM pg_policies WHERE schemaname = 'public' AND 'portal_app' = ANY (roles)
  LOOP
    sql := format('ALTER POLICY %I ON %I', p.policyname, p.tablename);
    IF p.qual IS NOT NULL THEN
      sql := sql || format(' USING (%s)', app_private.harden_expr(p.qual));
    END IF;
    IF p.with_check IS NOT NULL THEN
      sql := sql || format(' WITH CHECK (%s)', app_private.harden_expr(p.with_check));
    END IF;
    EXECUTE sql;
  END LOOP;
END
$fn$;
SELECT app_private.harden_policies();
