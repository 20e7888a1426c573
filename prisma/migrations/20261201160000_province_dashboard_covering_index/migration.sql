-- The province dashboard reads one indicator's rows of one province over eight quarters
-- (lib/dashboards/get-province-dashboard.ts). Through ("provinceId", "periodId", "indicatorId") each
-- of those rows was a heap page of its own (the table is ordered by commune, model and kind, and the
-- province's rows of every indicator lie between): 935 pages for 1,087 rows at a tenth of the
-- national data set, 10.7 ms warm. With the columns it reads in the index the read is an index-only
-- scan of about a hundred pages (1.9 ms warm), and a cold cache at full scale no longer costs a
-- random read per row.
-- Hand-written (not in schema.prisma: Prisma cannot declare INCLUDE columns), like the partial indexes.
CREATE INDEX "ReportRollup_provinceId_indicatorId_periodId_covering_idx"
  ON "ReportRollup" ("provinceId", "indicatorId", "periodId")
  INCLUDE ("communeId", "modelId", "formerProvinceId", "total", "reports", "updatedAt");
