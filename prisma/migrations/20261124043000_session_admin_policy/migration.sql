-- Administrators end the sessions of the users they manage (deactivation, password reset) in the
-- same transaction as the change: the ministry any user's, a province its own users'.
CREATE POLICY session_admin ON "Session" FOR ALL TO portal_app
  USING (EXISTS (
    SELECT 1 FROM "User" u WHERE u."id" = "userId"
      AND (app_scope_level() = 'NATION'
           OR (app_scope_level() = 'PROVINCE' AND u."provinceId" = app_province_id()))))
  WITH CHECK (EXISTS (
    SELECT 1 FROM "User" u WHERE u."id" = "userId"
      AND (app_scope_level() = 'NATION'
           OR (app_scope_level() = 'PROVINCE' AND u."provinceId" = app_province_id()))));
