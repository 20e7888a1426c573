-- Period exceptions (PeriodReopening: extensions and reopenings of a period) are the province
-- administrator's (permission periods.reopen): the second wall now says so too. Before, any scope
-- that could write its province (a province officer) could insert, change or delete them, and only
-- the guard stopped it. Reading stays as it was (everyone who reads the province sees its
-- exceptions: the forms' deadlines depend on them).
ALTER POLICY tenant_insert ON "PeriodReopening" WITH CHECK (
  (SELECT app_scope_verified()) AND app_scope_level() = 'PROVINCE' AND app_role() = 'PROVINCE_ADMIN'
  AND app_can_write_province("provinceId"));
ALTER POLICY tenant_update ON "PeriodReopening"
  USING ((SELECT app_scope_verified()) AND app_scope_level() = 'PROVINCE' AND app_role() = 'PROVINCE_ADMIN'
         AND app_can_write_province("provinceId"))
  WITH CHECK ((SELECT app_scope_verified()) AND app_scope_level() = 'PROVINCE' AND app_role() = 'PROVINCE_ADMIN'
              AND app_can_write_province("provinceId"));
ALTER POLICY tenant_delete ON "PeriodReopening" USING (
  (SELECT app_scope_verified()) AND app_scope_level() = 'PROVINCE' AND app_role() = 'PROVINCE_ADMIN'
  AND app_can_write_province("provinceId"));

-- Policies read the scope in sub-selects, once per statement (migration harden_second_wall).
SELECT app_private.harden_policies();
