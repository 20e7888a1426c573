-- Distribution by province (decision 013): every tenant table's primary key leads with provinceId,
-- so that Citus can distribute the tables by it (a distributed table's keys must hold its
-- distribution column). The foreign keys between tenant tables already name (provinceId, id); they
-- were bound to the unique indexes (provinceId, id) that the new primary keys replace, so they are
-- set aside, the keys changed, and the same foreign keys made again on the primary keys.
CREATE TEMP TABLE "_distribution_fks" AS
SELECT c.conrelid::regclass::text AS tbl, c.conname, pg_get_constraintdef(c.oid) AS def
  FROM pg_constraint c
 WHERE c.contype = 'f'
   AND c.conindid IN (SELECT i.indexrelid FROM pg_index i
                       JOIN pg_class x ON x.oid = i.indexrelid
                      WHERE x.relnamespace = 'public'::regnamespace
                        AND x.relname LIKE '%\_provinceId\_id\_key'
                        AND x.relname <> 'Commune_provinceId_id_key');

DO $$
DECLARE fk record;
BEGIN
  FOR fk IN SELECT * FROM "_distribution_fks" LOOP
    EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', fk.tbl, fk.conname);
  END LOOP;
END $$;

-- DropIndex
DROP INDEX "ResidentialArea_provinceId_id_key";

-- DropIndex
DROP INDEX "Organization_provinceId_id_key";

-- DropIndex
DROP INDEX "ReplicationPoint_provinceId_id_key";

-- DropIndex
DROP INDEX "PointStatusChange_provinceId_id_key";

-- DropIndex
DROP INDEX "Team_provinceId_id_key";

-- DropIndex
DROP INDEX "Person_provinceId_id_key";

-- DropIndex
DROP INDEX "ImportBatch_provinceId_id_key";

-- DropIndex
DROP INDEX "Report_provinceId_id_key";

-- DropIndex
DROP INDEX "SafetyRegistration_provinceId_id_key";

-- DropIndex
DROP INDEX "Award_provinceId_id_key";

-- AlterTable
ALTER TABLE "ResidentialArea" DROP CONSTRAINT "ResidentialArea_pkey",
ADD CONSTRAINT "ResidentialArea_pkey" PRIMARY KEY ("provinceId", "id");

-- AlterTable
ALTER TABLE "Organization" DROP CONSTRAINT "Organization_pkey",
ADD CONSTRAINT "Organization_pkey" PRIMARY KEY ("provinceId", "id");

-- AlterTable
ALTER TABLE "ModelRecognition" DROP CONSTRAINT "ModelRecognition_pkey",
ADD CONSTRAINT "ModelRecognition_pkey" PRIMARY KEY ("provinceId", "id");

-- AlterTable
ALTER TABLE "ReplicationPoint" DROP CONSTRAINT "ReplicationPoint_pkey",
ADD CONSTRAINT "ReplicationPoint_pkey" PRIMARY KEY ("provinceId", "id");

-- AlterTable
ALTER TABLE "PointStatusChange" DROP CONSTRAINT "PointStatusChange_pkey",
ADD CONSTRAINT "PointStatusChange_pkey" PRIMARY KEY ("provinceId", "id");

-- AlterTable
ALTER TABLE "Team" DROP CONSTRAINT "Team_pkey",
ADD CONSTRAINT "Team_pkey" PRIMARY KEY ("provinceId", "id");

-- AlterTable
ALTER TABLE "Person" DROP CONSTRAINT "Person_pkey",
ADD CONSTRAINT "Person_pkey" PRIMARY KEY ("provinceId", "id");

-- AlterTable
ALTER TABLE "Membership" DROP CONSTRAINT "Membership_pkey",
ADD CONSTRAINT "Membership_pkey" PRIMARY KEY ("provinceId", "id");

-- AlterTable
ALTER TABLE "ImportBatch" DROP CONSTRAINT "ImportBatch_pkey",
ADD CONSTRAINT "ImportBatch_pkey" PRIMARY KEY ("provinceId", "id");

-- AlterTable
ALTER TABLE "PeriodReopening" DROP CONSTRAINT "PeriodReopening_pkey",
ADD CONSTRAINT "PeriodReopening_pkey" PRIMARY KEY ("provinceId", "id");

-- AlterTable
ALTER TABLE "Report" DROP CONSTRAINT "Report_pkey",
ADD CONSTRAINT "Report_pkey" PRIMARY KEY ("provinceId", "id");

-- AlterTable
ALTER TABLE "ReportValueChange" DROP CONSTRAINT "ReportValueChange_pkey",
ADD CONSTRAINT "ReportValueChange_pkey" PRIMARY KEY ("provinceId", "id");

-- AlterTable
ALTER TABLE "ReportStatusChange" DROP CONSTRAINT "ReportStatusChange_pkey",
ADD CONSTRAINT "ReportStatusChange_pkey" PRIMARY KEY ("provinceId", "id");

-- AlterTable
ALTER TABLE "SafetyRegistration" DROP CONSTRAINT "SafetyRegistration_pkey",
ADD CONSTRAINT "SafetyRegistration_pkey" PRIMARY KEY ("provinceId", "id");

-- AlterTable
ALTER TABLE "CommuneYearTitle" DROP CONSTRAINT "CommuneYearTitle_pkey",
ADD CONSTRAINT "CommuneYearTitle_pkey" PRIMARY KEY ("provinceId", "id");

-- AlterTable
ALTER TABLE "PublishedTally" DROP CONSTRAINT "PublishedTally_pkey",
ADD CONSTRAINT "PublishedTally_pkey" PRIMARY KEY ("provinceId", "id");

-- AlterTable
ALTER TABLE "Award" DROP CONSTRAINT "Award_pkey",
ADD CONSTRAINT "Award_pkey" PRIMARY KEY ("provinceId", "id");

-- CreateIndex
CREATE INDEX "ResidentialArea_id_idx" ON "ResidentialArea"("id");

-- CreateIndex
CREATE INDEX "Organization_id_idx" ON "Organization"("id");

-- CreateIndex
CREATE INDEX "ModelRecognition_id_idx" ON "ModelRecognition"("id");

-- CreateIndex
CREATE INDEX "ReplicationPoint_id_idx" ON "ReplicationPoint"("id");

-- CreateIndex
CREATE INDEX "PointStatusChange_id_idx" ON "PointStatusChange"("id");

-- CreateIndex
CREATE INDEX "Team_id_idx" ON "Team"("id");

-- CreateIndex
CREATE INDEX "Person_id_idx" ON "Person"("id");

-- CreateIndex
CREATE INDEX "Membership_id_idx" ON "Membership"("id");

-- CreateIndex
CREATE INDEX "ImportBatch_id_idx" ON "ImportBatch"("id");

-- CreateIndex
CREATE INDEX "PeriodReopening_id_idx" ON "PeriodReopening"("id");

-- CreateIndex
CREATE INDEX "Report_id_idx" ON "Report"("id");

-- CreateIndex
CREATE INDEX "ReportValueChange_id_idx" ON "ReportValueChange"("id");

-- CreateIndex
CREATE INDEX "ReportStatusChange_id_idx" ON "ReportStatusChange"("id");

-- CreateIndex
CREATE INDEX "SafetyRegistration_id_idx" ON "SafetyRegistration"("id");

-- CreateIndex
CREATE INDEX "CommuneYearTitle_id_idx" ON "CommuneYearTitle"("id");

-- CreateIndex
CREATE INDEX "PublishedTally_id_idx" ON "PublishedTally"("id");

-- CreateIndex
CREATE INDEX "Award_id_idx" ON "Award"("id");

-- The same foreign keys again, now on the (provinceId, id) primary keys.
DO $$
DECLARE fk record;
BEGIN
  FOR fk IN SELECT * FROM "_distribution_fks" LOOP
    EXECUTE format('ALTER TABLE %s ADD CONSTRAINT %I %s', fk.tbl, fk.conname, fk.def);
  END LOOP;
END $$;
DROP TABLE "_distribution_fks";

-- Dashboards may read from a read replica (DASHBOARD_DATABASE_URL). A standby cannot write, so it
-- cannot mark a session's use the way app_enter_session does: this variant enters the same scope,
-- from the same live-session checks, without writing anything (the requests that mark the use go
-- to the primary). It is used in READ ONLY transactions only.
CREATE FUNCTION app_enter_session_to_read(p_token text)
RETURNS TABLE (session_id uuid)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  t timestamp(3) := now() AT TIME ZONE 'UTC';
  s record;
BEGIN
  SELECT se."id" AS sid, u."id" AS uid, u."role", u."provinceId", u."communeId"
    INTO s
    FROM "Session" se JOIN "User" u ON u."id" = se."userId"
   WHERE se."tokenHash" = encode(sha256(convert_to(coalesce(p_token, ''), 'UTF8')), 'hex')
     AND se."revokedAt" IS NULL AND se."expiresAt" > t
     AND se."lastSeenAt" > t - interval '30 minutes' AND u."active";
  IF NOT FOUND THEN
    RETURN;
  END IF;
  PERFORM app_private.set_scope(
    CASE WHEN s."role" IN ('MINISTRY_ADMIN', 'MINISTRY_ANALYST') THEN 'NATION'
         WHEN s."role" = 'COMMUNE_OFFICER' THEN 'COMMUNE' ELSE 'PROVINCE' END,
    CASE WHEN s."role" IN ('MINISTRY_ADMIN', 'MINISTRY_ANALYST') THEN '' ELSE coalesce(s."provinceId"::text, '') END,
    CASE WHEN s."role" = 'COMMUNE_OFFICER' THEN coalesce(s."communeId"::text, '') ELSE '' END,
    s.uid::text, s."role"::text);
  RETURN QUERY SELECT s.sid;
END
$$;
REVOKE ALL ON FUNCTION app_enter_session_to_read(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_enter_session_to_read(text) TO portal_app;
