-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "ProvinceKind" AS ENUM ('PROVINCE', 'CITY');

-- CreateEnum
CREATE TYPE "CommuneKind" AS ENUM ('COMMUNE', 'WARD', 'SPECIAL_ZONE');

-- CreateEnum
CREATE TYPE "ResidentialAreaKind" AS ENUM ('HAMLET', 'AP', 'BAN', 'KHOM', 'SOC', 'BUON', 'PLEI', 'RESIDENTIAL_GROUP', 'QUARTER', 'OTHER');

-- CreateEnum
CREATE TYPE "OrganizationKind" AS ENUM ('AGENCY', 'ENTERPRISE', 'SCHOOL');

-- CreateEnum
CREATE TYPE "ModelField" AS ENUM ('ETHNIC', 'RELIGION', 'CRIME_PREVENTION', 'REINTEGRATION', 'FIRE_RESCUE', 'TRAFFIC', 'SOCIAL_EVILS', 'BORDER_SEA', 'WORKPLACE', 'SELF_MANAGEMENT', 'TECHNOLOGY', 'OTHER');

-- CreateEnum
CREATE TYPE "ModelStatus" AS ENUM ('ACTIVE', 'INACTIVE');

-- CreateEnum
CREATE TYPE "RecognitionLevel" AS ENUM ('PROVINCE_EXPERIENCE', 'MINISTRY_NATIONWIDE', 'ADVANCED_EXEMPLAR');

-- CreateEnum
CREATE TYPE "LeadOrganization" AS ENUM ('VETERANS', 'WOMEN', 'FARMERS', 'YOUTH', 'FATHERLAND_FRONT', 'ELDERLY', 'RELIGIOUS', 'POLICE', 'VILLAGE', 'ENTERPRISE', 'OTHER');

-- CreateEnum
CREATE TYPE "PointStatus" AS ENUM ('ACTIVE', 'SUSPENDED', 'DISSOLVED');

-- CreateEnum
CREATE TYPE "Rating" AS ENUM ('GOOD', 'FAIR', 'AVERAGE', 'WEAK');

-- CreateEnum
CREATE TYPE "TeamKind" AS ENUM ('MODEL', 'GRASSROOTS_SECURITY');

-- CreateEnum
CREATE TYPE "TeamStatus" AS ENUM ('ACTIVE', 'DISSOLVED');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('MALE', 'FEMALE');

-- CreateEnum
CREATE TYPE "Religion" AS ENUM ('NONE', 'BUDDHISM', 'CATHOLICISM', 'PROTESTANTISM', 'CAO_DAI', 'HOA_HAO', 'ISLAM', 'BAHAI', 'BRAHMANISM', 'OTHER');

-- CreateEnum
CREATE TYPE "Affiliation" AS ENUM ('NONE', 'VETERAN', 'WOMEN_UNION', 'FARMER_UNION', 'YOUTH_UNION', 'ELDERLY', 'RELIGIOUS_DIGNITARY', 'VILLAGE_ELDER', 'FORMER_INMATE', 'WORKER', 'FISHERMAN', 'OTHER');

-- CreateEnum
CREATE TYPE "MemberRole" AS ENUM ('LEADER', 'DEPUTY', 'MEMBER');

-- CreateEnum
CREATE TYPE "ReportKind" AS ENUM ('POINT', 'COMMUNE');

-- CreateEnum
CREATE TYPE "IndicatorUnit" AS ENUM ('COUNT', 'PERSON', 'VND');

-- CreateEnum
CREATE TYPE "RuleOperator" AS ENUM ('LTE', 'GTE');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED');

-- CreateEnum
CREATE TYPE "SafetyUnitType" AS ENUM ('RESIDENTIAL_AREA', 'COMMUNE', 'AGENCY', 'ENTERPRISE', 'SCHOOL');

-- CreateEnum
CREATE TYPE "SafetyResult" AS ENUM ('PENDING', 'ACHIEVED', 'NOT_ACHIEVED');

-- CreateEnum
CREATE TYPE "AwardKind" AS ENUM ('MERIT_CERTIFICATE', 'COMMENDATION', 'MEDAL', 'EMULATION_FLAG');

-- CreateEnum
CREATE TYPE "AwardIssuer" AS ENUM ('MINISTRY', 'PROVINCE_COMMITTEE', 'FATHERLAND_FRONT', 'POLICE_DIRECTOR');

-- CreateEnum
CREATE TYPE "AwardRecipientKind" AS ENUM ('COLLECTIVE', 'PERSON');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('MINISTRY_ADMIN', 'MINISTRY_ANALYST', 'PROVINCE_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER');

-- CreateEnum
CREATE TYPE "AuditAction" AS ENUM ('SIGN_IN', 'SIGN_IN_FAILED', 'SIGN_OUT', 'ACCESS_DENIED', 'CREATE', 'UPDATE', 'DELETE');

-- CreateTable
CREATE TABLE "Province" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(2) NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "abbreviation" VARCHAR(3) NOT NULL,
    "kind" "ProvinceKind" NOT NULL,
    "population" INTEGER,

    CONSTRAINT "Province_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FormerProvince" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "successorId" INTEGER NOT NULL,
    "population" INTEGER,

    CONSTRAINT "FormerProvince_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Commune" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(5) NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "CommuneKind" NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "formerProvinceId" INTEGER,
    "population" INTEGER,

    CONSTRAINT "Commune_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FormerCommune" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(5),
    "name" TEXT NOT NULL,
    "districtName" TEXT NOT NULL,
    "formerProvinceId" INTEGER NOT NULL,

    CONSTRAINT "FormerCommune_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommuneMapping" (
    "formerCommuneId" INTEGER NOT NULL,
    "communeId" INTEGER NOT NULL,

    CONSTRAINT "CommuneMapping_pkey" PRIMARY KEY ("formerCommuneId","communeId")
);

-- CreateTable
CREATE TABLE "ResidentialArea" (
    "id" UUID NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "communeId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ResidentialAreaKind" NOT NULL,
    "households" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ResidentialArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" UUID NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "communeId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "OrganizationKind" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model" (
    "id" UUID NOT NULL,
    "provinceId" INTEGER,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "field" "ModelField" NOT NULL,
    "description" TEXT,
    "goals" TEXT,
    "originProvinceId" INTEGER,
    "originCommuneId" INTEGER,
    "originFormerCommuneId" INTEGER,
    "launchedOn" DATE,
    "status" "ModelStatus" NOT NULL DEFAULT 'ACTIVE',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Model_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelRecognition" (
    "id" UUID NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "modelId" UUID NOT NULL,
    "level" "RecognitionLevel" NOT NULL,
    "decisionNumber" TEXT,
    "decidedOn" DATE,
    "issuer" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ModelRecognition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReplicationPoint" (
    "id" UUID NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "communeId" INTEGER NOT NULL,
    "modelId" UUID NOT NULL,
    "formerCommuneId" INTEGER,
    "residentialAreaId" UUID,
    "organizationId" UUID,
    "name" TEXT NOT NULL,
    "placeName" TEXT,
    "establishedOn" DATE NOT NULL,
    "leadOrganization" "LeadOrganization" NOT NULL,
    "status" "PointStatus" NOT NULL DEFAULT 'ACTIVE',
    "suspendedOn" DATE,
    "dissolvedOn" DATE,
    "dissolvedReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReplicationPoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PointRating" (
    "provinceId" INTEGER NOT NULL,
    "pointId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "rating" "Rating" NOT NULL,
    "note" TEXT,

    CONSTRAINT "PointRating_pkey" PRIMARY KEY ("provinceId","pointId","year")
);

-- CreateTable
CREATE TABLE "Team" (
    "id" UUID NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "communeId" INTEGER NOT NULL,
    "pointId" UUID,
    "kind" "TeamKind" NOT NULL,
    "name" TEXT NOT NULL,
    "establishedOn" DATE,
    "status" "TeamStatus" NOT NULL DEFAULT 'ACTIVE',
    "dissolvedOn" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamArea" (
    "provinceId" INTEGER NOT NULL,
    "teamId" UUID NOT NULL,
    "residentialAreaId" UUID NOT NULL,

    CONSTRAINT "TeamArea_pkey" PRIMARY KEY ("provinceId","teamId","residentialAreaId")
);

-- CreateTable
CREATE TABLE "Ethnicity" (
    "id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,

    CONSTRAINT "Ethnicity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" UUID NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "communeId" INTEGER NOT NULL,
    "residentialAreaId" UUID,
    "fullName" TEXT NOT NULL,
    "gender" "Gender" NOT NULL,
    "birthDate" DATE,
    "ethnicityId" INTEGER NOT NULL DEFAULT 1,
    "religion" "Religion" NOT NULL DEFAULT 'NONE',
    "affiliation" "Affiliation" NOT NULL DEFAULT 'NONE',
    "phone" VARCHAR(15),
    "citizenId" CHAR(12),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" UUID NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "communeId" INTEGER NOT NULL,
    "teamId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "role" "MemberRole" NOT NULL,
    "joinedOn" DATE NOT NULL,
    "leftOn" DATE,
    "leftReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "reportKind" "ReportKind" NOT NULL,
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "unit" "IndicatorUnit" NOT NULL,
    "groupVi" TEXT,
    "groupEn" TEXT,
    "sortOrder" INTEGER NOT NULL,
    "validFromYear" INTEGER NOT NULL DEFAULT 2020,
    "validToYear" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ValidationRule" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "leftIndicatorId" INTEGER NOT NULL,
    "operator" "RuleOperator" NOT NULL,
    "rightIndicatorId" INTEGER NOT NULL,
    "messageVi" TEXT NOT NULL,
    "messageEn" TEXT NOT NULL,
    "validFromYear" INTEGER NOT NULL DEFAULT 2020,
    "validToYear" INTEGER,

    CONSTRAINT "ValidationRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportingPeriod" (
    "id" SERIAL NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "deadline" DATE NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportingPeriod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PeriodReopening" (
    "id" UUID NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "periodId" INTEGER NOT NULL,
    "until" TIMESTAMP(3) NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PeriodReopening_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report" (
    "id" UUID NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "communeId" INTEGER NOT NULL,
    "periodId" INTEGER NOT NULL,
    "kind" "ReportKind" NOT NULL,
    "pointId" UUID,
    "status" "ReportStatus" NOT NULL DEFAULT 'DRAFT',
    "selfRating" "Rating",
    "results" TEXT,
    "difficulties" TEXT,
    "proposals" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "submittedAt" TIMESTAMP(3),
    "approvedAt" TIMESTAMP(3),
    "createdById" UUID,
    "updatedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportValue" (
    "provinceId" INTEGER NOT NULL,
    "reportId" UUID NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "value" BIGINT NOT NULL,

    CONSTRAINT "ReportValue_pkey" PRIMARY KEY ("provinceId","reportId","indicatorId")
);

-- CreateTable
CREATE TABLE "ReportStatusChange" (
    "id" UUID NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "reportId" UUID NOT NULL,
    "fromStatus" "ReportStatus",
    "toStatus" "ReportStatus" NOT NULL,
    "comment" TEXT,
    "byUserId" UUID,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SafetyRegistration" (
    "id" UUID NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "communeId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "unitType" "SafetyUnitType" NOT NULL,
    "residentialAreaId" UUID,
    "organizationId" UUID,
    "registeredOn" DATE NOT NULL,
    "result" "SafetyResult" NOT NULL DEFAULT 'PENDING',
    "decisionNumber" TEXT,
    "decidedOn" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SafetyRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommuneYearTitle" (
    "provinceId" INTEGER NOT NULL,
    "communeId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "exemplary" BOOLEAN NOT NULL DEFAULT false,
    "ruralSecurityMet" BOOLEAN NOT NULL DEFAULT false,
    "decisionNumber" TEXT,

    CONSTRAINT "CommuneYearTitle_pkey" PRIMARY KEY ("provinceId","communeId","year")
);

-- CreateTable
CREATE TABLE "Award" (
    "id" UUID NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "communeId" INTEGER,
    "kind" "AwardKind" NOT NULL,
    "issuer" "AwardIssuer" NOT NULL,
    "recipientKind" "AwardRecipientKind" NOT NULL,
    "recipientName" TEXT NOT NULL,
    "personId" UUID,
    "teamId" UUID,
    "pointId" UUID,
    "decisionNumber" TEXT,
    "awardedOn" DATE NOT NULL,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Award_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "username" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "provinceId" INTEGER,
    "communeId" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "locale" VARCHAR(5) NOT NULL DEFAULT 'vi',
    "passwordChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSignInAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "ip" TEXT,
    "userAgent" TEXT,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInAttempt" (
    "id" BIGSERIAL NOT NULL,
    "username" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "success" BOOLEAN NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "action" "AuditAction" NOT NULL,
    "userId" UUID,
    "username" TEXT,
    "role" "Role",
    "provinceId" INTEGER,
    "communeId" INTEGER,
    "ip" TEXT,
    "entity" TEXT,
    "entityId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "detail" TEXT,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Province_code_key" ON "Province"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Province_abbreviation_key" ON "Province"("abbreviation");

-- CreateIndex
CREATE UNIQUE INDEX "FormerProvince_name_key" ON "FormerProvince"("name");

-- CreateIndex
CREATE INDEX "FormerProvince_successorId_idx" ON "FormerProvince"("successorId");

-- CreateIndex
CREATE UNIQUE INDEX "Commune_code_key" ON "Commune"("code");

-- CreateIndex
CREATE INDEX "Commune_formerProvinceId_idx" ON "Commune"("formerProvinceId");

-- CreateIndex
CREATE UNIQUE INDEX "Commune_provinceId_id_key" ON "Commune"("provinceId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "FormerCommune_code_key" ON "FormerCommune"("code");

-- CreateIndex
CREATE UNIQUE INDEX "FormerCommune_formerProvinceId_districtName_name_key" ON "FormerCommune"("formerProvinceId", "districtName", "name");

-- CreateIndex
CREATE INDEX "CommuneMapping_communeId_idx" ON "CommuneMapping"("communeId");

-- CreateIndex
CREATE UNIQUE INDEX "ResidentialArea_provinceId_communeId_name_key" ON "ResidentialArea"("provinceId", "communeId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "ResidentialArea_provinceId_id_key" ON "ResidentialArea"("provinceId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_provinceId_communeId_kind_name_key" ON "Organization"("provinceId", "communeId", "kind", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_provinceId_id_key" ON "Organization"("provinceId", "id");

-- CreateIndex
CREATE INDEX "Model_originProvinceId_idx" ON "Model"("originProvinceId");

-- CreateIndex
CREATE UNIQUE INDEX "Model_provinceId_code_key" ON "Model"("provinceId", "code");

-- CreateIndex
CREATE INDEX "ModelRecognition_modelId_idx" ON "ModelRecognition"("modelId");

-- CreateIndex
CREATE UNIQUE INDEX "ModelRecognition_provinceId_modelId_level_key" ON "ModelRecognition"("provinceId", "modelId", "level");

-- CreateIndex
CREATE INDEX "ReplicationPoint_provinceId_communeId_idx" ON "ReplicationPoint"("provinceId", "communeId");

-- CreateIndex
CREATE INDEX "ReplicationPoint_modelId_idx" ON "ReplicationPoint"("modelId");

-- CreateIndex
CREATE UNIQUE INDEX "ReplicationPoint_provinceId_id_key" ON "ReplicationPoint"("provinceId", "id");

-- CreateIndex
CREATE INDEX "Team_provinceId_communeId_idx" ON "Team"("provinceId", "communeId");

-- CreateIndex
CREATE INDEX "Team_pointId_idx" ON "Team"("pointId");

-- CreateIndex
CREATE UNIQUE INDEX "Team_provinceId_id_key" ON "Team"("provinceId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Ethnicity_name_key" ON "Ethnicity"("name");

-- CreateIndex
CREATE INDEX "Person_provinceId_communeId_idx" ON "Person"("provinceId", "communeId");

-- CreateIndex
CREATE UNIQUE INDEX "Person_provinceId_citizenId_key" ON "Person"("provinceId", "citizenId");

-- CreateIndex
CREATE UNIQUE INDEX "Person_provinceId_id_key" ON "Person"("provinceId", "id");

-- CreateIndex
CREATE INDEX "Membership_provinceId_teamId_idx" ON "Membership"("provinceId", "teamId");

-- CreateIndex
CREATE INDEX "Membership_provinceId_personId_idx" ON "Membership"("provinceId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_code_key" ON "Indicator"("code");

-- CreateIndex
CREATE UNIQUE INDEX "ValidationRule_code_key" ON "ValidationRule"("code");

-- CreateIndex
CREATE UNIQUE INDEX "ReportingPeriod_year_quarter_key" ON "ReportingPeriod"("year", "quarter");

-- CreateIndex
CREATE INDEX "PeriodReopening_provinceId_periodId_idx" ON "PeriodReopening"("provinceId", "periodId");

-- CreateIndex
CREATE INDEX "Report_provinceId_periodId_status_idx" ON "Report"("provinceId", "periodId", "status");

-- CreateIndex
CREATE INDEX "Report_provinceId_communeId_periodId_idx" ON "Report"("provinceId", "communeId", "periodId");

-- CreateIndex
CREATE INDEX "Report_pointId_idx" ON "Report"("pointId");

-- CreateIndex
CREATE UNIQUE INDEX "Report_provinceId_id_key" ON "Report"("provinceId", "id");

-- CreateIndex
CREATE INDEX "ReportValue_indicatorId_idx" ON "ReportValue"("indicatorId");

-- CreateIndex
CREATE INDEX "ReportStatusChange_provinceId_reportId_at_idx" ON "ReportStatusChange"("provinceId", "reportId", "at");

-- CreateIndex
CREATE INDEX "SafetyRegistration_provinceId_year_unitType_idx" ON "SafetyRegistration"("provinceId", "year", "unitType");

-- CreateIndex
CREATE INDEX "SafetyRegistration_provinceId_communeId_year_idx" ON "SafetyRegistration"("provinceId", "communeId", "year");

-- CreateIndex
CREATE INDEX "Award_provinceId_awardedOn_idx" ON "Award"("provinceId", "awardedOn");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE INDEX "User_provinceId_idx" ON "User"("provinceId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_tokenHash_key" ON "Session"("tokenHash");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "SignInAttempt_username_at_idx" ON "SignInAttempt"("username", "at");

-- CreateIndex
CREATE INDEX "SignInAttempt_ip_at_idx" ON "SignInAttempt"("ip", "at");

-- CreateIndex
CREATE INDEX "AuditLog_provinceId_at_idx" ON "AuditLog"("provinceId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_userId_at_idx" ON "AuditLog"("userId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_entity_entityId_idx" ON "AuditLog"("entity", "entityId");

-- AddForeignKey
ALTER TABLE "FormerProvince" ADD CONSTRAINT "FormerProvince_successorId_fkey" FOREIGN KEY ("successorId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commune" ADD CONSTRAINT "Commune_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commune" ADD CONSTRAINT "Commune_formerProvinceId_fkey" FOREIGN KEY ("formerProvinceId") REFERENCES "FormerProvince"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FormerCommune" ADD CONSTRAINT "FormerCommune_formerProvinceId_fkey" FOREIGN KEY ("formerProvinceId") REFERENCES "FormerProvince"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommuneMapping" ADD CONSTRAINT "CommuneMapping_formerCommuneId_fkey" FOREIGN KEY ("formerCommuneId") REFERENCES "FormerCommune"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommuneMapping" ADD CONSTRAINT "CommuneMapping_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "Commune"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResidentialArea" ADD CONSTRAINT "ResidentialArea_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResidentialArea" ADD CONSTRAINT "ResidentialArea_provinceId_communeId_fkey" FOREIGN KEY ("provinceId", "communeId") REFERENCES "Commune"("provinceId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_provinceId_communeId_fkey" FOREIGN KEY ("provinceId", "communeId") REFERENCES "Commune"("provinceId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model" ADD CONSTRAINT "Model_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model" ADD CONSTRAINT "Model_originProvinceId_fkey" FOREIGN KEY ("originProvinceId") REFERENCES "Province"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model" ADD CONSTRAINT "Model_originCommuneId_fkey" FOREIGN KEY ("originCommuneId") REFERENCES "Commune"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model" ADD CONSTRAINT "Model_originFormerCommuneId_fkey" FOREIGN KEY ("originFormerCommuneId") REFERENCES "FormerCommune"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelRecognition" ADD CONSTRAINT "ModelRecognition_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelRecognition" ADD CONSTRAINT "ModelRecognition_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReplicationPoint" ADD CONSTRAINT "ReplicationPoint_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReplicationPoint" ADD CONSTRAINT "ReplicationPoint_provinceId_communeId_fkey" FOREIGN KEY ("provinceId", "communeId") REFERENCES "Commune"("provinceId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReplicationPoint" ADD CONSTRAINT "ReplicationPoint_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReplicationPoint" ADD CONSTRAINT "ReplicationPoint_formerCommuneId_fkey" FOREIGN KEY ("formerCommuneId") REFERENCES "FormerCommune"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReplicationPoint" ADD CONSTRAINT "ReplicationPoint_provinceId_residentialAreaId_fkey" FOREIGN KEY ("provinceId", "residentialAreaId") REFERENCES "ResidentialArea"("provinceId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReplicationPoint" ADD CONSTRAINT "ReplicationPoint_provinceId_organizationId_fkey" FOREIGN KEY ("provinceId", "organizationId") REFERENCES "Organization"("provinceId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointRating" ADD CONSTRAINT "PointRating_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointRating" ADD CONSTRAINT "PointRating_provinceId_pointId_fkey" FOREIGN KEY ("provinceId", "pointId") REFERENCES "ReplicationPoint"("provinceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Team" ADD CONSTRAINT "Team_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Team" ADD CONSTRAINT "Team_provinceId_communeId_fkey" FOREIGN KEY ("provinceId", "communeId") REFERENCES "Commune"("provinceId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Team" ADD CONSTRAINT "Team_provinceId_pointId_fkey" FOREIGN KEY ("provinceId", "pointId") REFERENCES "ReplicationPoint"("provinceId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamArea" ADD CONSTRAINT "TeamArea_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamArea" ADD CONSTRAINT "TeamArea_provinceId_teamId_fkey" FOREIGN KEY ("provinceId", "teamId") REFERENCES "Team"("provinceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamArea" ADD CONSTRAINT "TeamArea_provinceId_residentialAreaId_fkey" FOREIGN KEY ("provinceId", "residentialAreaId") REFERENCES "ResidentialArea"("provinceId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_provinceId_communeId_fkey" FOREIGN KEY ("provinceId", "communeId") REFERENCES "Commune"("provinceId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_provinceId_residentialAreaId_fkey" FOREIGN KEY ("provinceId", "residentialAreaId") REFERENCES "ResidentialArea"("provinceId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_ethnicityId_fkey" FOREIGN KEY ("ethnicityId") REFERENCES "Ethnicity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_provinceId_communeId_fkey" FOREIGN KEY ("provinceId", "communeId") REFERENCES "Commune"("provinceId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_provinceId_teamId_fkey" FOREIGN KEY ("provinceId", "teamId") REFERENCES "Team"("provinceId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_provinceId_personId_fkey" FOREIGN KEY ("provinceId", "personId") REFERENCES "Person"("provinceId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ValidationRule" ADD CONSTRAINT "ValidationRule_leftIndicatorId_fkey" FOREIGN KEY ("leftIndicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ValidationRule" ADD CONSTRAINT "ValidationRule_rightIndicatorId_fkey" FOREIGN KEY ("rightIndicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeriodReopening" ADD CONSTRAINT "PeriodReopening_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeriodReopening" ADD CONSTRAINT "PeriodReopening_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeriodReopening" ADD CONSTRAINT "PeriodReopening_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_provinceId_communeId_fkey" FOREIGN KEY ("provinceId", "communeId") REFERENCES "Commune"("provinceId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_provinceId_pointId_fkey" FOREIGN KEY ("provinceId", "pointId") REFERENCES "ReplicationPoint"("provinceId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportValue" ADD CONSTRAINT "ReportValue_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportValue" ADD CONSTRAINT "ReportValue_provinceId_reportId_fkey" FOREIGN KEY ("provinceId", "reportId") REFERENCES "Report"("provinceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportValue" ADD CONSTRAINT "ReportValue_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportStatusChange" ADD CONSTRAINT "ReportStatusChange_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportStatusChange" ADD CONSTRAINT "ReportStatusChange_provinceId_reportId_fkey" FOREIGN KEY ("provinceId", "reportId") REFERENCES "Report"("provinceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportStatusChange" ADD CONSTRAINT "ReportStatusChange_byUserId_fkey" FOREIGN KEY ("byUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SafetyRegistration" ADD CONSTRAINT "SafetyRegistration_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SafetyRegistration" ADD CONSTRAINT "SafetyRegistration_provinceId_communeId_fkey" FOREIGN KEY ("provinceId", "communeId") REFERENCES "Commune"("provinceId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SafetyRegistration" ADD CONSTRAINT "SafetyRegistration_provinceId_residentialAreaId_fkey" FOREIGN KEY ("provinceId", "residentialAreaId") REFERENCES "ResidentialArea"("provinceId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SafetyRegistration" ADD CONSTRAINT "SafetyRegistration_provinceId_organizationId_fkey" FOREIGN KEY ("provinceId", "organizationId") REFERENCES "Organization"("provinceId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommuneYearTitle" ADD CONSTRAINT "CommuneYearTitle_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommuneYearTitle" ADD CONSTRAINT "CommuneYearTitle_provinceId_communeId_fkey" FOREIGN KEY ("provinceId", "communeId") REFERENCES "Commune"("provinceId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Award" ADD CONSTRAINT "Award_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Award" ADD CONSTRAINT "Award_provinceId_communeId_fkey" FOREIGN KEY ("provinceId", "communeId") REFERENCES "Commune"("provinceId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Award" ADD CONSTRAINT "Award_provinceId_personId_fkey" FOREIGN KEY ("provinceId", "personId") REFERENCES "Person"("provinceId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Award" ADD CONSTRAINT "Award_provinceId_teamId_fkey" FOREIGN KEY ("provinceId", "teamId") REFERENCES "Team"("provinceId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Award" ADD CONSTRAINT "Award_provinceId_pointId_fkey" FOREIGN KEY ("provinceId", "pointId") REFERENCES "ReplicationPoint"("provinceId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "Commune"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ───────────── Hand-written: what Prisma's schema language cannot say ─────────────

-- Names are stored in Unicode NFC, so that "Hòa" typed on two keyboards is one name.
ALTER TABLE "Province" ADD CONSTRAINT "Province_name_nfc" CHECK ("name" IS NFC NORMALIZED AND "shortName" IS NFC NORMALIZED);
ALTER TABLE "FormerProvince" ADD CONSTRAINT "FormerProvince_name_nfc" CHECK ("name" IS NFC NORMALIZED AND "shortName" IS NFC NORMALIZED);
ALTER TABLE "Commune" ADD CONSTRAINT "Commune_name_nfc" CHECK ("name" IS NFC NORMALIZED);
ALTER TABLE "FormerCommune" ADD CONSTRAINT "FormerCommune_name_nfc" CHECK ("name" IS NFC NORMALIZED AND "districtName" IS NFC NORMALIZED);
ALTER TABLE "ResidentialArea" ADD CONSTRAINT "ResidentialArea_name_nfc" CHECK ("name" IS NFC NORMALIZED);
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_name_nfc" CHECK ("name" IS NFC NORMALIZED);
ALTER TABLE "Model" ADD CONSTRAINT "Model_name_nfc" CHECK ("name" IS NFC NORMALIZED);
ALTER TABLE "ReplicationPoint" ADD CONSTRAINT "ReplicationPoint_name_nfc" CHECK ("name" IS NFC NORMALIZED AND ("placeName" IS NULL OR "placeName" IS NFC NORMALIZED));
ALTER TABLE "Team" ADD CONSTRAINT "Team_name_nfc" CHECK ("name" IS NFC NORMALIZED);
ALTER TABLE "Ethnicity" ADD CONSTRAINT "Ethnicity_name_nfc" CHECK ("name" IS NFC NORMALIZED);
ALTER TABLE "Person" ADD CONSTRAINT "Person_fullName_nfc" CHECK ("fullName" IS NFC NORMALIZED);
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_name_nfc" CHECK ("nameVi" IS NFC NORMALIZED);
ALTER TABLE "Award" ADD CONSTRAINT "Award_recipientName_nfc" CHECK ("recipientName" IS NFC NORMALIZED);
ALTER TABLE "User" ADD CONSTRAINT "User_fullName_nfc" CHECK ("fullName" IS NFC NORMALIZED);

-- Codes and identifiers.
ALTER TABLE "Province" ADD CONSTRAINT "Province_code_format" CHECK ("code" ~ '^[0-9]{2}$');
ALTER TABLE "Commune" ADD CONSTRAINT "Commune_code_format" CHECK ("code" ~ '^[0-9]{5}$');
ALTER TABLE "Person" ADD CONSTRAINT "Person_citizenId_format" CHECK ("citizenId" IS NULL OR "citizenId" ~ '^[0-9]{12}$');
ALTER TABLE "Person" ADD CONSTRAINT "Person_phone_format" CHECK ("phone" IS NULL OR "phone" ~ '^\+?[0-9]{9,14}$');
ALTER TABLE "ReportingPeriod" ADD CONSTRAINT "ReportingPeriod_quarter_range" CHECK ("quarter" BETWEEN 1 AND 4);
ALTER TABLE "ReportValue" ADD CONSTRAINT "ReportValue_non_negative" CHECK ("value" >= 0);

-- A user's scope follows the role: the ministry has none, a province user a province, a commune
-- user a commune (of that province: checked against Commune below).
ALTER TABLE "User" ADD CONSTRAINT "User_scope_matches_role" CHECK (
  ("role" IN ('MINISTRY_ADMIN', 'MINISTRY_ANALYST') AND "provinceId" IS NULL AND "communeId" IS NULL)
  OR ("role" IN ('PROVINCE_ADMIN', 'PROVINCE_OFFICER') AND "provinceId" IS NOT NULL AND "communeId" IS NULL)
  OR ("role" = 'COMMUNE_OFFICER' AND "provinceId" IS NOT NULL AND "communeId" IS NOT NULL)
);
ALTER TABLE "User" ADD CONSTRAINT "User_commune_in_province_fkey"
  FOREIGN KEY ("provinceId", "communeId") REFERENCES "Commune"("provinceId", "id");

-- The national catalog's model codes are unique among themselves.
CREATE UNIQUE INDEX "Model_national_code_key" ON "Model"("code") WHERE "provinceId" IS NULL;

-- Point lifecycle: dissolving needs a date and a reason.
ALTER TABLE "ReplicationPoint" ADD CONSTRAINT "ReplicationPoint_dissolved_has_reason" CHECK (
  "status" <> 'DISSOLVED' OR ("dissolvedOn" IS NOT NULL AND "dissolvedReason" IS NOT NULL)
);

-- History of memberships: at most one open membership of a person in a team, and leaving after joining.
CREATE UNIQUE INDEX "Membership_open_key" ON "Membership"("provinceId", "teamId", "personId") WHERE "leftOn" IS NULL;
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_left_after_joined" CHECK ("leftOn" IS NULL OR "leftOn" >= "joinedOn");

-- One report per subject and period: a point report names its point, a commune report does not.
ALTER TABLE "Report" ADD CONSTRAINT "Report_kind_subject" CHECK (
  ("kind" = 'POINT' AND "pointId" IS NOT NULL) OR ("kind" = 'COMMUNE' AND "pointId" IS NULL)
);
CREATE UNIQUE INDEX "Report_point_period_key" ON "Report"("provinceId", "periodId", "pointId") WHERE "kind" = 'POINT';
CREATE UNIQUE INDEX "Report_commune_period_key" ON "Report"("provinceId", "periodId", "communeId") WHERE "kind" = 'COMMUNE';

-- "An toàn về ANTT": the subject matches the unit type, and a unit registers once a year.
ALTER TABLE "SafetyRegistration" ADD CONSTRAINT "SafetyRegistration_subject" CHECK (
  ("unitType" = 'RESIDENTIAL_AREA' AND "residentialAreaId" IS NOT NULL AND "organizationId" IS NULL)
  OR ("unitType" = 'COMMUNE' AND "residentialAreaId" IS NULL AND "organizationId" IS NULL)
  OR ("unitType" IN ('AGENCY', 'ENTERPRISE', 'SCHOOL') AND "organizationId" IS NOT NULL AND "residentialAreaId" IS NULL)
);
CREATE UNIQUE INDEX "SafetyRegistration_area_year_key" ON "SafetyRegistration"("provinceId", "year", "residentialAreaId") WHERE "unitType" = 'RESIDENTIAL_AREA';
CREATE UNIQUE INDEX "SafetyRegistration_commune_year_key" ON "SafetyRegistration"("provinceId", "year", "communeId") WHERE "unitType" = 'COMMUNE';
CREATE UNIQUE INDEX "SafetyRegistration_organization_year_key" ON "SafetyRegistration"("provinceId", "year", "organizationId") WHERE "organizationId" IS NOT NULL;
ALTER TABLE "SafetyRegistration" ADD CONSTRAINT "SafetyRegistration_decided" CHECK (
  "result" = 'PENDING' OR "decidedOn" IS NOT NULL
);
