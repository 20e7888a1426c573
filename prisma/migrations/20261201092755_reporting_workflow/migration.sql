-- AlterTable
ALTER TABLE "ReportValue" ADD COLUMN     "comment" TEXT,
ADD COLUMN     "flagged" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "ReportStatusChange" ADD COLUMN     "fieldComments" JSONB;

-- CreateTable
CREATE TABLE "ReportValueChange" (
    "id" UUID NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "reportId" UUID NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "oldValue" BIGINT,
    "newValue" BIGINT,
    "byUserId" UUID,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportValueChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReportValueChange_provinceId_reportId_at_idx" ON "ReportValueChange"("provinceId", "reportId", "at");

-- AddForeignKey
ALTER TABLE "ReportValueChange" ADD CONSTRAINT "ReportValueChange_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportValueChange" ADD CONSTRAINT "ReportValueChange_provinceId_reportId_fkey" FOREIGN KEY ("provinceId", "reportId") REFERENCES "Report"("provinceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportValueChange" ADD CONSTRAINT "ReportValueChange_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportValueChange" ADD CONSTRAINT "ReportValueChange_byUserId_fkey" FOREIGN KEY ("byUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Texts typed by people are stored in NFC, like the names.
ALTER TABLE "ReportValue" ADD CONSTRAINT "ReportValue_comment_nfc" CHECK ("comment" IS NULL OR "comment" IS NFC NORMALIZED);
ALTER TABLE "ReportValueChange" ADD CONSTRAINT "ReportValueChange_values_non_negative" CHECK (
  ("oldValue" IS NULL OR "oldValue" >= 0) AND ("newValue" IS NULL OR "newValue" >= 0));
-- A return's comments on single fields are an object of texts.
ALTER TABLE "ReportStatusChange" ADD CONSTRAINT "ReportStatusChange_fieldComments_object" CHECK (
  "fieldComments" IS NULL OR jsonb_typeof("fieldComments") = 'object');

-- A value's history is append-only for the app: read like the report's values, inserted by whoever
-- may write the report, never updated or deleted (no grant, no policy).
GRANT SELECT, INSERT ON "ReportValueChange" TO portal_app;
ALTER TABLE "ReportValueChange" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ReportValueChange" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "ReportValueChange" FOR SELECT TO portal_app USING (
  (SELECT app_scope_verified()) AND (
    app_scope_level() = 'NATION'
    OR (app_scope_level() = 'PROVINCE' AND "provinceId" = app_province_id())
    OR (app_scope_level() = 'COMMUNE' AND "provinceId" = app_province_id()
        AND EXISTS (SELECT 1 FROM "Report" r WHERE r."id" = "reportId"))));
CREATE POLICY tenant_insert ON "ReportValueChange" FOR INSERT TO portal_app WITH CHECK (
  (SELECT app_scope_verified()) AND app_scope_level() IN ('PROVINCE', 'COMMUNE')
  AND "provinceId" = app_province_id()
  AND EXISTS (SELECT 1 FROM "Report" r WHERE r."id" = "reportId" AND app_can_write(r."provinceId", r."communeId")));

-- Policies read the scope in sub-selects, once per statement (migration harden_second_wall).
SELECT app_private.harden_policies();
