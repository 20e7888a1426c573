-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('COMMITTED', 'UNDONE');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "AuditAction" ADD VALUE 'REVEAL';
ALTER TYPE "AuditAction" ADD VALUE 'IMPORT';
ALTER TYPE "AuditAction" ADD VALUE 'UNDO';

-- DropIndex
DROP INDEX "ResidentialArea_provinceId_communeId_name_key";

-- AlterTable
ALTER TABLE "ResidentialArea" ADD COLUMN     "active" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "formerCommuneId" INTEGER,
ADD COLUMN     "searchKey" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "active" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "formerCommuneId" INTEGER,
ADD COLUMN     "searchKey" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Model" ADD COLUMN     "retiredOn" DATE,
ADD COLUMN     "retiredReason" TEXT,
ADD COLUMN     "searchKey" TEXT;

-- AlterTable
ALTER TABLE "ReplicationPoint" ADD COLUMN     "searchKey" TEXT;

-- AlterTable
ALTER TABLE "Team" ADD COLUMN     "dissolvedReason" TEXT,
ADD COLUMN     "searchKey" TEXT;

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "importBatchId" UUID,
ADD COLUMN     "searchKey" TEXT;

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "ageNote" TEXT,
ADD COLUMN     "importBatchId" UUID,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "PointStatusChange" (
    "id" UUID NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "pointId" UUID NOT NULL,
    "fromStatus" "PointStatus",
    "toStatus" "PointStatus" NOT NULL,
    "effectiveOn" DATE NOT NULL,
    "reason" TEXT,
    "userId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PointStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportBatch" (
    "id" UUID NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "communeId" INTEGER NOT NULL,
    "userId" UUID,
    "username" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "rowCount" INTEGER NOT NULL,
    "personCount" INTEGER NOT NULL,
    "membershipCount" INTEGER NOT NULL,
    "status" "ImportStatus" NOT NULL DEFAULT 'COMMITTED',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undoneAt" TIMESTAMP(3),
    "undoneBy" TEXT,

    CONSTRAINT "ImportBatch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PointStatusChange_provinceId_pointId_idx" ON "PointStatusChange"("provinceId", "pointId");

-- CreateIndex
CREATE UNIQUE INDEX "PointStatusChange_provinceId_id_key" ON "PointStatusChange"("provinceId", "id");

-- CreateIndex
CREATE INDEX "ImportBatch_provinceId_communeId_createdAt_idx" ON "ImportBatch"("provinceId", "communeId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ImportBatch_provinceId_id_key" ON "ImportBatch"("provinceId", "id");

-- CreateIndex
CREATE INDEX "ResidentialArea_provinceId_communeId_idx" ON "ResidentialArea"("provinceId", "communeId");

-- CreateIndex
CREATE INDEX "Membership_importBatchId_idx" ON "Membership"("importBatchId");

-- AddForeignKey
ALTER TABLE "ResidentialArea" ADD CONSTRAINT "ResidentialArea_formerCommuneId_fkey" FOREIGN KEY ("formerCommuneId") REFERENCES "FormerCommune"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_formerCommuneId_fkey" FOREIGN KEY ("formerCommuneId") REFERENCES "FormerCommune"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointStatusChange" ADD CONSTRAINT "PointStatusChange_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointStatusChange" ADD CONSTRAINT "PointStatusChange_provinceId_pointId_fkey" FOREIGN KEY ("provinceId", "pointId") REFERENCES "ReplicationPoint"("provinceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_provinceId_importBatchId_fkey" FOREIGN KEY ("provinceId", "importBatchId") REFERENCES "ImportBatch"("provinceId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_provinceId_importBatchId_fkey" FOREIGN KEY ("provinceId", "importBatchId") REFERENCES "ImportBatch"("provinceId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportBatch" ADD CONSTRAINT "ImportBatch_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportBatch" ADD CONSTRAINT "ImportBatch_provinceId_communeId_fkey" FOREIGN KEY ("provinceId", "communeId") REFERENCES "Commune"("provinceId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ─────────────────────────────── Hand-written: the registry and rosters ───────────────────────────────

-- Diacritic- and case-blind search (docs/decisions/006-search.md): every searchable name has a
-- generated key, lower(unaccent(name)) with single spaces, under a trigram index, so that
-- `searchKey LIKE '%cau lac bo%'` finds "Câu lạc bộ" on the index. lib/search/search-key.ts makes
-- the same key of what a person types.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE FUNCTION f_search_key(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT btrim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, $1)), '\s+', ' ', 'g'))
$$;
GRANT EXECUTE ON FUNCTION f_search_key(text) TO portal_app;

ALTER TABLE "ResidentialArea" DROP COLUMN "searchKey",
  ADD COLUMN "searchKey" text GENERATED ALWAYS AS (f_search_key("name")) STORED;
ALTER TABLE "Organization" DROP COLUMN "searchKey",
  ADD COLUMN "searchKey" text GENERATED ALWAYS AS (f_search_key("name")) STORED;
ALTER TABLE "Model" DROP COLUMN "searchKey",
  ADD COLUMN "searchKey" text GENERATED ALWAYS AS (f_search_key("name")) STORED;
ALTER TABLE "ReplicationPoint" DROP COLUMN "searchKey",
  ADD COLUMN "searchKey" text GENERATED ALWAYS AS (f_search_key("name")) STORED;
ALTER TABLE "Team" DROP COLUMN "searchKey",
  ADD COLUMN "searchKey" text GENERATED ALWAYS AS (f_search_key("name")) STORED;
ALTER TABLE "Person" DROP COLUMN "searchKey",
  ADD COLUMN "searchKey" text GENERATED ALWAYS AS (f_search_key("fullName")) STORED;

CREATE INDEX "ResidentialArea_searchKey_trgm" ON "ResidentialArea" USING gin ("searchKey" gin_trgm_ops);
CREATE INDEX "Organization_searchKey_trgm" ON "Organization" USING gin ("searchKey" gin_trgm_ops);
CREATE INDEX "Model_searchKey_trgm" ON "Model" USING gin ("searchKey" gin_trgm_ops);
CREATE INDEX "ReplicationPoint_searchKey_trgm" ON "ReplicationPoint" USING gin ("searchKey" gin_trgm_ops);
CREATE INDEX "Team_searchKey_trgm" ON "Team" USING gin ("searchKey" gin_trgm_ops);
CREATE INDEX "Person_searchKey_trgm" ON "Person" USING gin ("searchKey" gin_trgm_ops);
-- Keyset paging of rosters by name within a province.
CREATE INDEX "Person_province_searchKey_id" ON "Person" ("provinceId", "searchKey", "id");

-- Two "Ấp 1" in one merged commune are told apart by the former commune: one name per commune and
-- former commune (a missing former commune counts as one value).
CREATE UNIQUE INDEX "ResidentialArea_name_key" ON "ResidentialArea"
  ("provinceId", "communeId", "formerCommuneId", "name") NULLS NOT DISTINCT;
DROP INDEX IF EXISTS "Organization_provinceId_communeId_kind_name_key";
CREATE UNIQUE INDEX "Organization_name_key" ON "Organization"
  ("provinceId", "communeId", "formerCommuneId", "kind", "name") NULLS NOT DISTINCT;

-- A team has at most one leader at a time.
CREATE UNIQUE INDEX "Membership_one_leader_key" ON "Membership" ("provinceId", "teamId")
  WHERE "role" = 'LEADER' AND "leftOn" IS NULL;
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_left_has_reason" CHECK (
  "leftOn" IS NULL OR "leftReason" IS NOT NULL);
ALTER TABLE "Team" ADD CONSTRAINT "Team_dissolved_has_date" CHECK (
  "status" <> 'DISSOLVED' OR "dissolvedOn" IS NOT NULL);
ALTER TABLE "Model" ADD CONSTRAINT "Model_retired_has_date" CHECK (
  "status" <> 'INACTIVE' OR "retiredOn" IS NOT NULL);

-- Texts typed by people are stored in NFC, like the names.
ALTER TABLE "PointStatusChange" ADD CONSTRAINT "PointStatusChange_reason_nfc" CHECK ("reason" IS NULL OR "reason" IS NFC NORMALIZED);
ALTER TABLE "ImportBatch" ADD CONSTRAINT "ImportBatch_fileName_nfc" CHECK ("fileName" IS NFC NORMALIZED);

-- Row-level security of the new tables (every policy starts with the verified-scope check, 005).
GRANT SELECT, INSERT ON "PointStatusChange" TO portal_app;
ALTER TABLE "PointStatusChange" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PointStatusChange" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "PointStatusChange" FOR SELECT TO portal_app USING (
  (SELECT app_scope_verified()) AND app_can_read_province("provinceId")
  AND EXISTS (SELECT 1 FROM "ReplicationPoint" p WHERE p."id" = "pointId"));
CREATE POLICY tenant_insert ON "PointStatusChange" FOR INSERT TO portal_app WITH CHECK (
  (SELECT app_scope_verified()) AND app_can_write_province("provinceId"));

GRANT SELECT, INSERT, UPDATE ON "ImportBatch" TO portal_app;
ALTER TABLE "ImportBatch" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ImportBatch" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "ImportBatch" FOR SELECT TO portal_app USING (
  (SELECT app_scope_verified()) AND app_can_read("provinceId", "communeId"));
CREATE POLICY tenant_insert ON "ImportBatch" FOR INSERT TO portal_app WITH CHECK (
  (SELECT app_scope_verified()) AND app_can_write("provinceId", "communeId"));
CREATE POLICY tenant_update ON "ImportBatch" FOR UPDATE TO portal_app
  USING ((SELECT app_scope_verified()) AND app_can_write("provinceId", "communeId"))
  WITH CHECK ((SELECT app_scope_verified()) AND app_can_write("provinceId", "communeId"));

-- Policies read the scope in sub-selects, once per statement (migration harden_second_wall).
SELECT app_private.harden_policies();
