-- CreateEnum
CREATE TYPE "TeamGrade" AS ENUM ('EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED');

-- CreateEnum
CREATE TYPE "PublishedMeasure" AS ENUM ('SAFETY_COMMUNES', 'EXEMPLARY_COMMUNES', 'EXEMPLARY_AGENCIES', 'RURAL_SECURITY_COMMUNES', 'TRAINING_CLASSES_PROVINCE', 'TRAINING_CLASSES_DISTRICT');

-- AlterTable
ALTER TABLE "SafetyRegistration" ADD COLUMN     "formerCommuneId" INTEGER;

-- AlterTable
ALTER TABLE "CommuneYearTitle" DROP CONSTRAINT "CommuneYearTitle_pkey",
ADD COLUMN     "formerCommuneId" INTEGER,
ADD COLUMN     "id" UUID NOT NULL DEFAULT gen_random_uuid(),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1,
ADD CONSTRAINT "CommuneYearTitle_pkey" PRIMARY KEY ("id");

-- AlterTable
ALTER TABLE "Award" ADD COLUMN     "formerProvinceId" INTEGER,
ADD COLUMN     "searchKey" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "TeamRating" (
    "provinceId" INTEGER NOT NULL,
    "communeId" INTEGER NOT NULL,
    "teamId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "grade" "TeamGrade" NOT NULL,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TeamRating_pkey" PRIMARY KEY ("provinceId","teamId","year")
);

-- CreateTable
CREATE TABLE "PublishedTally" (
    "id" UUID NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "formerProvinceId" INTEGER,
    "year" INTEGER NOT NULL,
    "measure" "PublishedMeasure" NOT NULL,
    "achieved" INTEGER,
    "total" INTEGER,
    "rateTenths" INTEGER,
    "source" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublishedTally_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TeamRating_provinceId_communeId_year_idx" ON "TeamRating"("provinceId", "communeId", "year");

-- CreateIndex
CREATE INDEX "PublishedTally_provinceId_year_idx" ON "PublishedTally"("provinceId", "year");

-- CreateIndex
CREATE INDEX "SafetyRegistration_formerCommuneId_idx" ON "SafetyRegistration"("formerCommuneId");

-- CreateIndex
CREATE UNIQUE INDEX "SafetyRegistration_provinceId_id_key" ON "SafetyRegistration"("provinceId", "id");

-- CreateIndex
CREATE INDEX "CommuneYearTitle_provinceId_communeId_year_idx" ON "CommuneYearTitle"("provinceId", "communeId", "year");

-- CreateIndex
CREATE INDEX "CommuneYearTitle_formerCommuneId_idx" ON "CommuneYearTitle"("formerCommuneId");

-- CreateIndex
CREATE UNIQUE INDEX "Award_provinceId_id_key" ON "Award"("provinceId", "id");

-- AddForeignKey
ALTER TABLE "TeamRating" ADD CONSTRAINT "TeamRating_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamRating" ADD CONSTRAINT "TeamRating_provinceId_teamId_fkey" FOREIGN KEY ("provinceId", "teamId") REFERENCES "Team"("provinceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SafetyRegistration" ADD CONSTRAINT "SafetyRegistration_formerCommuneId_fkey" FOREIGN KEY ("formerCommuneId") REFERENCES "FormerCommune"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommuneYearTitle" ADD CONSTRAINT "CommuneYearTitle_formerCommuneId_fkey" FOREIGN KEY ("formerCommuneId") REFERENCES "FormerCommune"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublishedTally" ADD CONSTRAINT "PublishedTally_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublishedTally" ADD CONSTRAINT "PublishedTally_formerProvinceId_fkey" FOREIGN KEY ("formerProvinceId") REFERENCES "FormerProvince"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Award" ADD CONSTRAINT "Award_formerProvinceId_fkey" FOREIGN KEY ("formerProvinceId") REFERENCES "FormerProvince"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ─────────────────────────────── Hand-written: yearly evaluations (decision 010) ───────────────────────────────

-- Existing titles got an id above; new ones get theirs from the application.
ALTER TABLE "CommuneYearTitle" ALTER COLUMN "id" DROP DEFAULT;

-- A registration, a title or a tally of a year before the 2025 merger may name the former unit it was
-- made for; from 2025 on there are only today's units.
ALTER TABLE "SafetyRegistration" ADD CONSTRAINT "SafetyRegistration_former_before_merger" CHECK (
  "formerCommuneId" IS NULL OR "year" < 2025);
ALTER TABLE "CommuneYearTitle" ADD CONSTRAINT "CommuneYearTitle_former_before_merger" CHECK (
  "formerCommuneId" IS NULL OR "year" < 2025);
ALTER TABLE "PublishedTally" ADD CONSTRAINT "PublishedTally_former_before_merger" CHECK (
  "formerProvinceId" IS NULL OR "year" < 2025);
ALTER TABLE "Award" ADD CONSTRAINT "Award_former_before_merger" CHECK (
  "formerProvinceId" IS NULL OR "awardedOn" < DATE '2025-07-01');

-- One COMMUNE registration per commune and year; before the merger, per former commune and year.
DROP INDEX "SafetyRegistration_commune_year_key";
CREATE UNIQUE INDEX "SafetyRegistration_commune_year_key" ON "SafetyRegistration"("provinceId", "year", "communeId")
  WHERE "unitType" = 'COMMUNE' AND "formerCommuneId" IS NULL;
CREATE UNIQUE INDEX "SafetyRegistration_former_commune_year_key" ON "SafetyRegistration"("provinceId", "year", "formerCommuneId")
  WHERE "unitType" = 'COMMUNE' AND "formerCommuneId" IS NOT NULL;
-- A result is decided with a decision number and a date; a pending one has neither.
ALTER TABLE "SafetyRegistration" ADD CONSTRAINT "SafetyRegistration_decision" CHECK (
  ("result" = 'PENDING' AND "decisionNumber" IS NULL AND "decidedOn" IS NULL)
  OR ("result" <> 'PENDING' AND "decisionNumber" IS NOT NULL AND "decidedOn" IS NOT NULL
      AND EXTRACT(YEAR FROM "decidedOn") >= "year"));

CREATE UNIQUE INDEX "CommuneYearTitle_commune_year_key" ON "CommuneYearTitle"("provinceId", "communeId", "year")
  WHERE "formerCommuneId" IS NULL;
CREATE UNIQUE INDEX "CommuneYearTitle_former_year_key" ON "CommuneYearTitle"("provinceId", "formerCommuneId", "year")
  WHERE "formerCommuneId" IS NOT NULL;

CREATE UNIQUE INDEX "PublishedTally_measure_key" ON "PublishedTally"("provinceId", "formerProvinceId", "year", "measure")
  NULLS NOT DISTINCT;
ALTER TABLE "PublishedTally" ADD CONSTRAINT "PublishedTally_figures" CHECK (
  ("achieved" IS NOT NULL OR "rateTenths" IS NOT NULL)
  AND ("achieved" IS NULL OR "achieved" >= 0)
  AND ("total" IS NULL OR ("achieved" IS NOT NULL AND "total" >= "achieved"))
  AND ("rateTenths" IS NULL OR "rateTenths" BETWEEN 0 AND 1000));
ALTER TABLE "PublishedTally" ADD CONSTRAINT "PublishedTally_source_nfc" CHECK ("source" IS NFC NORMALIZED AND btrim("source") <> '');

-- Awards: the recipient's search key (docs/decisions/006-search.md); NFC decision numbers and reasons.
ALTER TABLE "Award" DROP COLUMN "searchKey",
  ADD COLUMN "searchKey" text GENERATED ALWAYS AS (f_search_key("recipientName")) STORED;
CREATE INDEX "Award_searchKey_trgm" ON "Award" USING gin ("searchKey" gin_trgm_ops);
-- Keyset paging of the awards list: newest first within a province.
CREATE INDEX "Award_province_awarded_id" ON "Award"("provinceId", "awardedOn" DESC, "id" DESC);
ALTER TABLE "Award" ADD CONSTRAINT "Award_text_nfc" CHECK (
  ("decisionNumber" IS NULL OR "decisionNumber" IS NFC NORMALIZED)
  AND ("reason" IS NULL OR "reason" IS NFC NORMALIZED));
-- A person's award names no team or point; a collective's names at most one of them.
ALTER TABLE "Award" ADD CONSTRAINT "Award_recipient_links" CHECK (
  ("recipientKind" = 'PERSON' AND "teamId" IS NULL AND "pointId" IS NULL)
  OR ("recipientKind" = 'COLLECTIVE' AND "personId" IS NULL AND ("teamId" IS NULL OR "pointId" IS NULL)));

-- Team ratings: a commune's row; the team must be of that commune.
ALTER TABLE "TeamRating" ADD CONSTRAINT "TeamRating_provinceId_communeId_fkey" FOREIGN KEY ("provinceId", "communeId")
  REFERENCES "Commune"("provinceId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "TeamRating" ADD CONSTRAINT "TeamRating_note_nfc" CHECK ("note" IS NULL OR "note" IS NFC NORMALIZED);

GRANT SELECT, INSERT, UPDATE, DELETE ON "TeamRating" TO portal_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON "PublishedTally" TO portal_app;

ALTER TABLE "TeamRating" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "TeamRating" FORCE ROW LEVEL SECURITY;
-- Read by the ministry, the province and the team's commune; written by the province (the province's
-- emulation council rates the teams), for a team of that commune.
CREATE POLICY tenant_read ON "TeamRating" FOR SELECT TO portal_app USING (
  (SELECT app_scope_verified()) AND app_can_read("provinceId", "communeId"));
CREATE POLICY tenant_insert ON "TeamRating" FOR INSERT TO portal_app WITH CHECK (
  (SELECT app_scope_verified()) AND app_can_write_province("provinceId")
  AND EXISTS (SELECT 1 FROM "Team" t WHERE t."id" = "teamId" AND t."provinceId" = "TeamRating"."provinceId" AND t."communeId" = "TeamRating"."communeId"));
CREATE POLICY tenant_update ON "TeamRating" FOR UPDATE TO portal_app
  USING ((SELECT app_scope_verified()) AND app_can_write_province("provinceId"))
  WITH CHECK ((SELECT app_scope_verified()) AND app_can_write_province("provinceId")
    AND EXISTS (SELECT 1 FROM "Team" t WHERE t."id" = "teamId" AND t."provinceId" = "TeamRating"."provinceId" AND t."communeId" = "TeamRating"."communeId"));
CREATE POLICY tenant_delete ON "TeamRating" FOR DELETE TO portal_app USING (
  (SELECT app_scope_verified()) AND app_can_write_province("provinceId"));

ALTER TABLE "PublishedTally" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PublishedTally" FORCE ROW LEVEL SECURITY;
-- A province's published figures: read by the ministry and everyone of the province, written by the province.
CREATE POLICY tenant_read ON "PublishedTally" FOR SELECT TO portal_app USING (
  (SELECT app_scope_verified()) AND app_can_read_province("provinceId"));
CREATE POLICY tenant_insert ON "PublishedTally" FOR INSERT TO portal_app WITH CHECK (
  (SELECT app_scope_verified()) AND app_can_write_province("provinceId"));
CREATE POLICY tenant_update ON "PublishedTally" FOR UPDATE TO portal_app
  USING ((SELECT app_scope_verified()) AND app_can_write_province("provinceId"))
  WITH CHECK ((SELECT app_scope_verified()) AND app_can_write_province("provinceId"));
CREATE POLICY tenant_delete ON "PublishedTally" FOR DELETE TO portal_app USING (
  (SELECT app_scope_verified()) AND app_can_write_province("provinceId"));

-- Policies read the scope in sub-selects, once per statement (migration harden_second_wall).
SELECT app_private.harden_policies();
