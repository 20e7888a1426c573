-- CreateEnum
CREATE TYPE "IndicatorAggregation" AS ENUM ('FLOW', 'STOCK');

-- CreateEnum
CREATE TYPE "RuleSeverity" AS ENUM ('ERROR', 'WARNING');

-- CreateEnum
CREATE TYPE "PeriodExceptionKind" AS ENUM ('EXTENSION', 'REOPENING');

-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "aggregation" "IndicatorAggregation" NOT NULL DEFAULT 'FLOW',
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "ValidationRule" ADD COLUMN     "severity" "RuleSeverity" NOT NULL DEFAULT 'ERROR',
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "PeriodReopening" ADD COLUMN     "communeId" INTEGER,
ADD COLUMN     "kind" "PeriodExceptionKind" NOT NULL DEFAULT 'REOPENING',
ADD COLUMN     "pointId" UUID;

-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "formerCommuneId" INTEGER,
ADD COLUMN     "formerProvinceId" INTEGER;

-- CreateTable
CREATE TABLE "IndicatorModel" (
    "indicatorId" INTEGER NOT NULL,
    "modelId" UUID NOT NULL,

    CONSTRAINT "IndicatorModel_pkey" PRIMARY KEY ("indicatorId","modelId")
);

-- CreateIndex
CREATE INDEX "IndicatorModel_modelId_idx" ON "IndicatorModel"("modelId");

-- AddForeignKey
ALTER TABLE "IndicatorModel" ADD CONSTRAINT "IndicatorModel_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorModel" ADD CONSTRAINT "IndicatorModel_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeriodReopening" ADD CONSTRAINT "PeriodReopening_provinceId_communeId_fkey" FOREIGN KEY ("provinceId", "communeId") REFERENCES "Commune"("provinceId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeriodReopening" ADD CONSTRAINT "PeriodReopening_provinceId_pointId_fkey" FOREIGN KEY ("provinceId", "pointId") REFERENCES "ReplicationPoint"("provinceId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_formerProvinceId_fkey" FOREIGN KEY ("formerProvinceId") REFERENCES "FormerProvince"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_formerCommuneId_fkey" FOREIGN KEY ("formerCommuneId") REFERENCES "FormerCommune"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ───────────── hand-written ─────────────

-- An exception names a commune or a point, not both (a point's commune is the point's own).
ALTER TABLE "PeriodReopening" ADD CONSTRAINT "PeriodReopening_one_subject"
  CHECK ("communeId" IS NULL OR "pointId" IS NULL);
ALTER TABLE "PeriodReopening" ADD CONSTRAINT "PeriodReopening_reason_given"
  CHECK (length(btrim("reason")) > 0);
CREATE INDEX "PeriodReopening_provinceId_periodId_communeId_idx"
  ON "PeriodReopening"("provinceId", "periodId", "communeId");
CREATE INDEX "Report_formerProvinceId_idx" ON "Report"("formerProvinceId");
CREATE INDEX "Report_formerCommuneId_idx" ON "Report"("formerCommuneId");

-- Reports of quarters before the 2025 reorganisation already in an install: their former province
-- is their commune's; a point report's former commune is its point's.
UPDATE "Report" r SET "formerProvinceId" = c."formerProvinceId"
FROM "Commune" c, "ReportingPeriod" p
WHERE c."id" = r."communeId" AND p."id" = r."periodId" AND p."endsOn" < DATE '2025-07-01'
  AND r."formerProvinceId" IS NULL;
UPDATE "Report" r SET "formerCommuneId" = pt."formerCommuneId"
FROM "ReplicationPoint" pt, "ReportingPeriod" p
WHERE pt."id" = r."pointId" AND p."id" = r."periodId" AND p."endsOn" < DATE '2025-07-01'
  AND r."formerCommuneId" IS NULL;

-- The default catalog's new stock indicator and warning, in installs seeded before them
-- (prisma/seed/reference holds the same rows for new installs; a fresh database has no catalog yet).
INSERT INTO "Indicator" ("code", "reportKind", "nameVi", "nameEn", "unit", "groupVi", "groupEn",
                         "sortOrder", "aggregation")
SELECT 'cameras_in_service', 'POINT', 'Số camera giám sát an ninh trật tự đang hoạt động',
       'Security cameras in service', 'COUNT', 'Camera an ninh', 'Security cameras', 180, 'STOCK'
WHERE EXISTS (SELECT 1 FROM "Indicator")
ON CONFLICT ("code") DO NOTHING;
UPDATE "ValidationRule" SET "severity" = 'WARNING',
  "messageVi" = 'Số ý kiến nhiều hơn số lượt người dự: một người có thể nêu nhiều ý kiến, đề nghị ghi chú để xác nhận.',
  "messageEn" = 'More opinions than attendees: one person may raise several, add a comment to confirm.'
WHERE "code" = 'forum_opinions_lte_forum_attendees'
  AND "messageVi" = 'Số ý kiến không được lớn hơn số lượt người dự.';

-- Indicators asked only of some models' points: part of the ministry's catalog.
GRANT SELECT, INSERT, DELETE ON "IndicatorModel" TO portal_app;
ALTER TABLE "IndicatorModel" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "IndicatorModel" FORCE ROW LEVEL SECURITY;
CREATE POLICY catalog_read ON "IndicatorModel" FOR SELECT TO portal_app
  USING ((SELECT app_scope_verified()) AND app_scope_level() IN ('NATION', 'PROVINCE', 'COMMUNE'));
CREATE POLICY catalog_insert ON "IndicatorModel" FOR INSERT TO portal_app
  WITH CHECK ((SELECT app_scope_verified()) AND app_scope_level() = 'NATION' AND app_role() = 'MINISTRY_ADMIN');
CREATE POLICY catalog_delete ON "IndicatorModel" FOR DELETE TO portal_app
  USING ((SELECT app_scope_verified()) AND app_scope_level() = 'NATION' AND app_role() = 'MINISTRY_ADMIN');

SELECT app_private.harden_policies();
