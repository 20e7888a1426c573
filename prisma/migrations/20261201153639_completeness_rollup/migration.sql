-- CreateTable
CREATE TABLE "CompletenessRollup" (
    "provinceId" INTEGER NOT NULL,
    "communeId" INTEGER NOT NULL,
    "periodId" INTEGER NOT NULL,
    "expected" INTEGER NOT NULL,
    "submitted" INTEGER NOT NULL,
    "onTime" INTEGER NOT NULL,
    "approved" INTEGER NOT NULL,
    "returned" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CompletenessRollup_pkey" PRIMARY KEY ("provinceId","communeId","periodId")
);

-- CreateIndex
CREATE INDEX "CompletenessRollup_periodId_idx" ON "CompletenessRollup"("periodId");

-- ───────────── hand-written: completeness kept by the database ─────────────
-- Decision 015. The completeness grid (expected, submitted, on time, approved, returned per
-- commune and quarter) was computed from the base rows at every request: every point's status
-- history, every report and every first submission of the year — seconds for the nation. It is now
-- a rollup like the others (decision 011), kept by statement-level triggers in the transaction of
-- every change that moves it: a report's status or submission, a first submission recorded, a
-- point established, suspended, dissolved or moved, a status change of a point, an extension, a
-- period's dates, a commune added. Unlike the sums of decision 011 a cell is not a sum of deltas
-- (whether a subject is expected depends on its whole history), so the triggers RECOMPUTE the cells
-- a statement touched: they lock those cells first (in key order, so two transactions wait for each
-- other instead of deadlocking on one statement's cells), then recompute them in a new statement,
-- whose snapshot in READ COMMITTED includes what the transaction that held the lock committed — so
-- two approvals in one commune and quarter cannot overwrite each other's count.

-- The cells as the base rows say they should be: the rule of lib/reports/expected.ts (a point is
-- expected for a quarter if it was active on at least one day of it, by its establishment date and
-- status history; every commune makes one commune report) and lib/reports/completeness.ts
-- (submitted: a first SUBMITTED status change or a submission time; on time: by the subject's own
-- deadline, 23:59:59 Vietnam time of the period's deadline day or a later EXTENSION that applies to
-- it; approved and returned: its status now). NULL arguments mean every province, commune, period.
-- Planned for each call with its values (EXECUTE): one commune and quarter for a trigger, a
-- province or the nation for a rebuild.
CREATE FUNCTION app_private.completeness_computed(p_province int, p_communes int[], p_periods int[])
RETURNS TABLE ("provinceId" int, "communeId" int, "periodId" int, "expected" int, "submitted" int,
               "onTime" int, "approved" int, "returned" int)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_catalog AS $$
BEGIN
  RETURN QUERY EXECUTE $q$
    WITH per AS (
      SELECT id, "startsOn", "endsOn", deadline::timestamp + interval '16:59:59' AS due
      FROM "ReportingPeriod" WHERE $3::int[] IS NULL OR id = ANY($3::int[])
    ),
    pts AS (
      SELECT pt."provinceId", pt."communeId", pt.id, pt."establishedOn", pt.status,
             CASE WHEN pt.status = 'DISSOLVED' THEN pt."dissolvedOn" ELSE pt."suspendedOn" END AS off_on
      FROM "ReplicationPoint" pt
      WHERE ($1::int IS NULL OR pt."provinceId" = $1::int)
        AND ($2::int[] IS NULL OR pt."communeId" = ANY($2::int[]))
    ),
    events AS (
      SELECT p."provinceId", p."communeId", p.id AS point, p."establishedOn" AS on_day,
             'ACTIVE'::"PointStatus" AS status, 0 AS seq, NULL::timestamp AS at
      FROM pts p
      UNION ALL
      SELECT p."provinceId", p."communeId", p.id, ch."effectiveOn", ch."toStatus", 1, ch."createdAt"
      FROM pts p JOIN "PointStatusChange" ch ON ch."provinceId" = p."provinceId" AND ch."pointId" = p.id
      WHERE ch."effectiveOn" >= p."establishedOn"
      UNION ALL
      SELECT p."provinceId", p."communeId", p.id, p.off_on, p.status, 2, NULL::timestamp
      FROM pts p
      WHERE p.status <> 'ACTIVE' AND p.off_on >= p."establishedOn"
        AND NOT EXISTS (SELECT 1 FROM "PointStatusChange" ch
                        WHERE ch."provinceId" = p."provinceId" AND ch."pointId" = p.id)
    ),
    days AS (
      SELECT DISTINCT ON (point, on_day) "provinceId", "communeId", point, on_day, status
      FROM events ORDER BY point, on_day, seq DESC, at DESC NULLS LAST
    ),
    spans AS (
      SELECT *, lead(on_day) OVER (PARTITION BY point ORDER BY on_day) AS next_day FROM days
    ),
    expected AS (
      SELECT DISTINCT per.id AS period, s."provinceId" AS province, s."communeId" AS commune,
             s.point
      FROM spans s JOIN per ON s.status = 'ACTIVE' AND s.on_day <= per."endsOn"
                           AND (s.next_day IS NULL OR s.next_day > per."startsOn")
      UNION ALL
      SELECT per.id, c."provinceId", c.id, NULL::uuid
      FROM "Commune" c CROSS JOIN per
      WHERE ($1::int IS NULL OR c."provinceId" = $1::int)
        AND ($2::int[] IS NULL OR c.id = ANY($2::int[]))
    ),
    subj AS (
      SELECT e.period, e.province, e.commune, COALESCE(rp.status, rc.status) AS status,
             COALESCE(f.at, rp."submittedAt", rc."submittedAt") AS first_at,
             GREATEST(per.due, x.until) AS due
      FROM expected e
      JOIN per ON per.id = e.period
      -- A point's report and a commune's report, each found by plain equalities.
      LEFT JOIN "Report" rp ON e.point IS NOT NULL AND rp.kind = 'POINT'
        AND rp."provinceId" = e.province AND rp."periodId" = e.period AND rp."pointId" = e.point
      LEFT JOIN "Report" rc ON e.point IS NULL AND rc.kind = 'COMMUNE'
        AND rc."provinceId" = e.province AND rc."periodId" = e.period AND rc."communeId" = e.commune
      LEFT JOIN LATERAL (
        SELECT min(h.at) AS at FROM "ReportStatusChange" h
        WHERE h."provinceId" = e.province AND h."reportId" = COALESCE(rp.id, rc.id)
          AND h."toStatus" = 'SUBMITTED'
      ) f ON TRUE
      -- The latest extension that applies: to this point, to this commune (its report and its
      -- points'), or to the whole province (lib/periods/entry-window.ts).
      LEFT JOIN LATERAL (
        SELECT max(r.until) AS until FROM "PeriodReopening" r
        WHERE r."provinceId" = e.province AND r."periodId" = e.period AND r.kind = 'EXTENSION'
          AND CASE WHEN r."pointId" IS NOT NULL THEN r."pointId" = e.point
                   WHEN r."communeId" IS NOT NULL THEN r."communeId" = e.commune
                   ELSE TRUE END
      ) x ON TRUE
    )
    SELECT province, commune, period, count(*)::int, count(first_at)::int,
           (count(*) FILTER (WHERE first_at <= due))::int,
           (count(*) FILTER (WHERE status = 'APPROVED'))::int,
           (count(*) FILTER (WHERE status = 'RETURNED'))::int
    FROM subj GROUP BY 1, 2, 3
  $q$ USING p_province, p_communes, p_periods;
END
$$;

-- Recomputes the cells (province, commune, period) given as parallel arrays: creates the missing
-- ones, locks them in key order, then recomputes them, one province at a time.
CREATE FUNCTION app_private.completeness_refresh(p_province int[], p_commune int[], p_period int[])
RETURNS void LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_catalog AS $$
DECLARE
  prov int;
  communes int[];
  periods int[];
BEGIN
  IF p_province IS NULL OR cardinality(p_province) = 0 THEN RETURN; END IF;
  INSERT INTO "CompletenessRollup" AS t ("provinceId", "communeId", "periodId", "expected",
    "submitted", "onTime", "approved", "returned", "updatedAt")
  SELECT DISTINCT k.p, k.c, k.q, 0, 0, 0, 0, 0, clock_timestamp()
  FROM unnest(p_province, p_commune, p_period) AS k(p, c, q)
  WHERE k.p IS NOT NULL AND k.c IS NOT NULL AND k.q IS NOT NULL
    AND EXISTS (SELECT 1 FROM "Commune" c WHERE c."provinceId" = k.p AND c.id = k.c)
    AND EXISTS (SELECT 1 FROM "ReportingPeriod" r WHERE r.id = k.q)
  ORDER BY 1, 2, 3
  ON CONFLICT DO NOTHING;
  PERFORM 1 FROM "CompletenessRollup" t
  JOIN (SELECT DISTINCT * FROM unnest(p_province, p_commune, p_period) AS k(p, c, q)) k
    ON t."provinceId" = k.p AND t."communeId" = k.c AND t."periodId" = k.q
  ORDER BY t."provinceId", t."communeId", t."periodId"
  FOR UPDATE OF t;
  FOR prov IN SELECT DISTINCT p FROM unnest(p_province) AS k(p) WHERE p IS NOT NULL ORDER BY 1 LOOP
    communes := ARRAY(SELECT DISTINCT k.c FROM unnest(p_province, p_commune) AS k(p, c) WHERE k.p = prov);
    periods := ARRAY(SELECT DISTINCT k.q FROM unnest(p_province, p_period) AS k(p, q) WHERE k.p = prov);
    UPDATE "CompletenessRollup" t
       SET "expected" = COALESCE(x."expected", 0), "submitted" = COALESCE(x."submitted", 0),
           "onTime" = COALESCE(x."onTime", 0), "approved" = COALESCE(x."approved", 0),
           "returned" = COALESCE(x."returned", 0), "updatedAt" = clock_timestamp()
      FROM (SELECT DISTINCT k.c, k.q FROM unnest(p_province, p_commune, p_period) AS k(p, c, q)
            WHERE k.p = prov) k
      LEFT JOIN app_private.completeness_computed(prov, communes, periods) x
        ON x."communeId" = k.c AND x."periodId" = k.q
     WHERE t."provinceId" = prov AND t."communeId" = k.c AND t."periodId" = k.q
       AND (t."expected", t."submitted", t."onTime", t."approved", t."returned")
           IS DISTINCT FROM (COALESCE(x."expected", 0), COALESCE(x."submitted", 0),
                             COALESCE(x."onTime", 0), COALESCE(x."approved", 0),
                             COALESCE(x."returned", 0));
  END LOOP;
END
$$;

-- Reports: inserted with a submission or a status that counts, deleted, or changed in what counts
-- (a draft's save changes nothing here and recomputes nothing).
CREATE FUNCTION app_private.completeness_reports_changed() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_catalog AS $$
DECLARE
  a record;
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(p) AS p, array_agg(c) AS c, array_agg(q) AS q INTO a
    FROM (SELECT DISTINCT "provinceId" AS p, "communeId" AS c, "periodId" AS q FROM new_reports
          WHERE "status" <> 'DRAFT' OR "submittedAt" IS NOT NULL) k;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(p) AS p, array_agg(c) AS c, array_agg(q) AS q INTO a
    FROM (SELECT DISTINCT "provinceId" AS p, "communeId" AS c, "periodId" AS q FROM old_reports) k;
  ELSE
    SELECT array_agg(p) AS p, array_agg(c) AS c, array_agg(q) AS q INTO a
    FROM (
      SELECT n."provinceId" AS p, n."communeId" AS c, n."periodId" AS q
      FROM new_reports n JOIN old_reports o ON o."provinceId" = n."provinceId" AND o.id = n.id
      WHERE (o."status", o."submittedAt", o."communeId", o."periodId", o."pointId", o."kind")
            IS DISTINCT FROM (n."status", n."submittedAt", n."communeId", n."periodId", n."pointId", n."kind")
      UNION
      SELECT o."provinceId", o."communeId", o."periodId"
      FROM new_reports n JOIN old_reports o ON o."provinceId" = n."provinceId" AND o.id = n.id
      WHERE (o."communeId", o."periodId", o."pointId", o."kind")
            IS DISTINCT FROM (n."communeId", n."periodId", n."pointId", n."kind")
    ) k;
  END IF;
  PERFORM app_private.completeness_refresh(a.p, a.c, a.q);
  RETURN NULL;
END
$$;
CREATE TRIGGER completeness_reports_inserted AFTER INSERT ON "Report"
  REFERENCING NEW TABLE AS new_reports FOR EACH STATEMENT
  EXECUTE FUNCTION app_private.completeness_reports_changed();
CREATE TRIGGER completeness_reports_updated AFTER UPDATE ON "Report"
  REFERENCING OLD TABLE AS old_reports NEW TABLE AS new_reports FOR EACH STATEMENT
  EXECUTE FUNCTION app_private.completeness_reports_changed();
CREATE TRIGGER completeness_reports_deleted AFTER DELETE ON "Report"
  REFERENCING OLD TABLE AS old_reports FOR EACH STATEMENT
  EXECUTE FUNCTION app_private.completeness_reports_changed();

-- A submission recorded in a report's history (its first one is the submission time that counts),
-- changed or removed. Each branch reads only the transition tables its event has.
CREATE FUNCTION app_private.completeness_history_changed() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_catalog AS $$
DECLARE
  a record;
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(p) AS p, array_agg(c) AS c, array_agg(q) AS q INTO a
    FROM (SELECT DISTINCT r."provinceId" AS p, r."communeId" AS c, r."periodId" AS q
          FROM "Report" r JOIN new_changes h ON h."provinceId" = r."provinceId" AND h."reportId" = r.id
          WHERE h."toStatus" = 'SUBMITTED') k;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(p) AS p, array_agg(c) AS c, array_agg(q) AS q INTO a
    FROM (SELECT DISTINCT r."provinceId" AS p, r."communeId" AS c, r."periodId" AS q
          FROM "Report" r JOIN old_changes h ON h."provinceId" = r."provinceId" AND h."reportId" = r.id
          WHERE h."toStatus" = 'SUBMITTED') k;
  ELSE
    SELECT array_agg(p) AS p, array_agg(c) AS c, array_agg(q) AS q INTO a
    FROM (SELECT DISTINCT r."provinceId" AS p, r."communeId" AS c, r."periodId" AS q
          FROM "Report" r
          JOIN (SELECT "provinceId", "reportId", "toStatus" FROM new_changes
                UNION ALL SELECT "provinceId", "reportId", "toStatus" FROM old_changes) h
            ON h."provinceId" = r."provinceId" AND h."reportId" = r.id
          WHERE h."toStatus" = 'SUBMITTED') k;
  END IF;
  PERFORM app_private.completeness_refresh(a.p, a.c, a.q);
  RETURN NULL;
END
$$;
CREATE TRIGGER completeness_history_inserted AFTER INSERT ON "ReportStatusChange"
  REFERENCING NEW TABLE AS new_changes FOR EACH STATEMENT
  EXECUTE FUNCTION app_private.completeness_history_changed();
CREATE TRIGGER completeness_history_updated AFTER UPDATE ON "ReportStatusChange"
  REFERENCING OLD TABLE AS old_changes NEW TABLE AS new_changes FOR EACH STATEMENT
  EXECUTE FUNCTION app_private.completeness_history_changed();
CREATE TRIGGER completeness_history_deleted AFTER DELETE ON "ReportStatusChange"
  REFERENCING OLD TABLE AS old_changes FOR EACH STATEMENT
  EXECUTE FUNCTION app_private.completeness_history_changed();

-- The communes of points whose lifecycle changed (established, suspended, dissolved, moved, removed),
-- for every period: whether a point is expected depends on its whole history.
CREATE FUNCTION app_private.completeness_points_changed() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_catalog AS $$
DECLARE
  a record;
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(t.p) AS p, array_agg(t.c) AS c, array_agg(r.id) AS q INTO a
    FROM (SELECT DISTINCT "provinceId" AS p, "communeId" AS c FROM new_points) t
    CROSS JOIN "ReportingPeriod" r;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(t.p) AS p, array_agg(t.c) AS c, array_agg(r.id) AS q INTO a
    FROM (SELECT DISTINCT "provinceId" AS p, "communeId" AS c FROM old_points) t
    CROSS JOIN "ReportingPeriod" r;
  ELSE
    WITH moved AS (
      SELECT n."provinceId" AS np, n."communeId" AS nc, o."provinceId" AS op, o."communeId" AS oc
      FROM new_points n JOIN old_points o ON o."provinceId" = n."provinceId" AND o.id = n.id
      WHERE (o."establishedOn", o."status", o."suspendedOn", o."dissolvedOn", o."communeId")
            IS DISTINCT FROM (n."establishedOn", n."status", n."suspendedOn", n."dissolvedOn", n."communeId")
    )
    SELECT array_agg(t.p) AS p, array_agg(t.c) AS c, array_agg(r.id) AS q INTO a
    FROM (SELECT np AS p, nc AS c FROM moved UNION SELECT op, oc FROM moved) t
    CROSS JOIN "ReportingPeriod" r;
  END IF;
  PERFORM app_private.completeness_refresh(a.p, a.c, a.q);
  RETURN NULL;
END
$$;
CREATE TRIGGER completeness_points_inserted AFTER INSERT ON "ReplicationPoint"
  REFERENCING NEW TABLE AS new_points FOR EACH STATEMENT
  EXECUTE FUNCTION app_private.completeness_points_changed();
CREATE TRIGGER completeness_points_updated AFTER UPDATE ON "ReplicationPoint"
  REFERENCING OLD TABLE AS old_points NEW TABLE AS new_points FOR EACH STATEMENT
  EXECUTE FUNCTION app_private.completeness_points_changed();
CREATE TRIGGER completeness_points_deleted AFTER DELETE ON "ReplicationPoint"
  REFERENCING OLD TABLE AS old_points FOR EACH STATEMENT
  EXECUTE FUNCTION app_private.completeness_points_changed();

-- A point's status history written, changed or removed: its commune, every period.
CREATE FUNCTION app_private.completeness_point_history_changed() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_catalog AS $$
DECLARE
  a record;
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(t.p) AS p, array_agg(t.c) AS c, array_agg(r.id) AS q INTO a
    FROM (SELECT DISTINCT pt."provinceId" AS p, pt."communeId" AS c FROM "ReplicationPoint" pt
          JOIN new_changes h ON h."provinceId" = pt."provinceId" AND h."pointId" = pt.id) t
    CROSS JOIN "ReportingPeriod" r;
  ELSE
    SELECT array_agg(t.p) AS p, array_agg(t.c) AS c, array_agg(r.id) AS q INTO a
    FROM (SELECT DISTINCT pt."provinceId" AS p, pt."communeId" AS c FROM "ReplicationPoint" pt
          JOIN old_changes h ON h."provinceId" = pt."provinceId" AND h."pointId" = pt.id) t
    CROSS JOIN "ReportingPeriod" r;
  END IF;
  PERFORM app_private.completeness_refresh(a.p, a.c, a.q);
  RETURN NULL;
END
$$;
CREATE TRIGGER completeness_point_history_inserted AFTER INSERT ON "PointStatusChange"
  REFERENCING NEW TABLE AS new_changes FOR EACH STATEMENT
  EXECUTE FUNCTION app_private.completeness_point_history_changed();
CREATE TRIGGER completeness_point_history_updated AFTER UPDATE ON "PointStatusChange"
  REFERENCING OLD TABLE AS old_changes NEW TABLE AS new_changes FOR EACH STATEMENT
  EXECUTE FUNCTION app_private.completeness_point_history_changed();
CREATE TRIGGER completeness_point_history_deleted AFTER DELETE ON "PointStatusChange"
  REFERENCING OLD TABLE AS old_changes FOR EACH STATEMENT
  EXECUTE FUNCTION app_private.completeness_point_history_changed();

-- Extensions (they move the deadline of the subjects they apply to; a reopening does not): the
-- point's commune, the commune, or every commune of the province, for the extension's period.
CREATE FUNCTION app_private.completeness_extensions_changed() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_catalog AS $$
DECLARE
  np int[]; nq int[]; nc int[]; nt uuid[];
  op int[]; oq int[]; oc int[]; ot uuid[];
  a record;
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT array_agg("provinceId"), array_agg("periodId"), array_agg("communeId"), array_agg("pointId")
      INTO np, nq, nc, nt FROM new_rows WHERE kind = 'EXTENSION';
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    SELECT array_agg("provinceId"), array_agg("periodId"), array_agg("communeId"), array_agg("pointId")
      INTO op, oq, oc, ot FROM old_rows WHERE kind = 'EXTENSION';
  END IF;
  SELECT array_agg(p) AS p, array_agg(c) AS c, array_agg(q) AS q INTO a
  FROM (
    SELECT DISTINCT x.p, c.id AS c, x.q
    FROM (SELECT * FROM unnest(np, nq, nc, nt) AS n(p, q, c, t)
          UNION ALL SELECT * FROM unnest(op, oq, oc, ot) AS o(p, q, c, t)) x
    JOIN "Commune" c ON c."provinceId" = x.p
    LEFT JOIN "ReplicationPoint" pt ON pt."provinceId" = x.p AND pt.id = x.t
    WHERE CASE WHEN x.t IS NOT NULL THEN c.id = pt."communeId"
               WHEN x.c IS NOT NULL THEN c.id = x.c
               ELSE TRUE END
  ) k;
  PERFORM app_private.completeness_refresh(a.p, a.c, a.q);
  RETURN NULL;
END
$$;
CREATE TRIGGER completeness_extensions_inserted AFTER INSERT ON "PeriodReopening"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION app_private.completeness_extensions_changed();
CREATE TRIGGER completeness_extensions_updated AFTER UPDATE ON "PeriodReopening"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION app_private.completeness_extensions_changed();
CREATE TRIGGER completeness_extensions_deleted AFTER DELETE ON "PeriodReopening"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION app_private.completeness_extensions_changed();

-- Periods: a new one (every commune, its quarter), its dates changed (a deadline moved by the
-- ministry administrator: every cell of the period, one province at a time), or removed.
CREATE FUNCTION app_private.completeness_periods_changed() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_catalog AS $$
DECLARE
  a record;
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM "CompletenessRollup" t USING old_periods o WHERE t."periodId" = o.id;
    RETURN NULL;
  ELSIF TG_OP = 'INSERT' THEN
    SELECT array_agg(c."provinceId") AS p, array_agg(c.id) AS c, array_agg(n.id) AS q INTO a
    FROM new_periods n CROSS JOIN "Commune" c;
  ELSE
    SELECT array_agg(c."provinceId") AS p, array_agg(c.id) AS c, array_agg(n.id) AS q INTO a
    FROM new_periods n JOIN old_periods o ON o.id = n.id CROSS JOIN "Commune" c
    WHERE (o."startsOn", o."endsOn", o.deadline) IS DISTINCT FROM (n."startsOn", n."endsOn", n.deadline);
  END IF;
  PERFORM app_private.completeness_refresh(a.p, a.c, a.q);
  RETURN NULL;
END
$$;
CREATE TRIGGER completeness_periods_inserted AFTER INSERT ON "ReportingPeriod"
  REFERENCING NEW TABLE AS new_periods FOR EACH STATEMENT
  EXECUTE FUNCTION app_private.completeness_periods_changed();
CREATE TRIGGER completeness_periods_updated AFTER UPDATE ON "ReportingPeriod"
  REFERENCING OLD TABLE AS old_periods NEW TABLE AS new_periods FOR EACH STATEMENT
  EXECUTE FUNCTION app_private.completeness_periods_changed();
CREATE TRIGGER completeness_periods_deleted AFTER DELETE ON "ReportingPeriod"
  REFERENCING OLD TABLE AS old_periods FOR EACH STATEMENT
  EXECUTE FUNCTION app_private.completeness_periods_changed();

-- Communes: a new one makes its commune report for every period; a removed one leaves the grid.
CREATE FUNCTION app_private.completeness_communes_changed() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_catalog AS $$
DECLARE
  a record;
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM "CompletenessRollup" t USING old_communes o
     WHERE t."provinceId" = o."provinceId" AND t."communeId" = o.id;
    RETURN NULL;
  END IF;
  SELECT array_agg(n."provinceId") AS p, array_agg(n.id) AS c, array_agg(r.id) AS q INTO a
  FROM new_communes n CROSS JOIN "ReportingPeriod" r;
  PERFORM app_private.completeness_refresh(a.p, a.c, a.q);
  RETURN NULL;
END
$$;
CREATE TRIGGER completeness_communes_inserted AFTER INSERT ON "Commune"
  REFERENCING NEW TABLE AS new_communes FOR EACH STATEMENT
  EXECUTE FUNCTION app_private.completeness_communes_changed();
CREATE TRIGGER completeness_communes_deleted AFTER DELETE ON "Commune"
  REFERENCING OLD TABLE AS old_communes FOR EACH STATEMENT
  EXECUTE FUNCTION app_private.completeness_communes_changed();

-- Every difference between the stored cells and the recomputation, one row per measure, in the
-- shape of rollup_differences (a cell absent counts as zeros).
CREATE FUNCTION app_private.completeness_rollup_differences(p_province int DEFAULT NULL)
RETURNS TABLE ("rollup" text, "key" text, "stored" bigint, "computed" bigint,
               "storedReports" int, "computedReports" int)
LANGUAGE sql STABLE SET search_path = public, pg_catalog AS $$
  WITH stored AS (
    SELECT * FROM "CompletenessRollup" WHERE p_province IS NULL OR "provinceId" = p_province
  ), computed AS (
    SELECT * FROM app_private.completeness_computed(p_province, NULL, NULL)
  )
  SELECT 'CompletenessRollup'::text,
         concat_ws('/', COALESCE(s."provinceId", c."provinceId"), COALESCE(s."communeId", c."communeId"),
                   COALESCE(s."periodId", c."periodId"), m.name),
         m.stored::bigint, m.computed::bigint, NULL::int, NULL::int
  FROM stored s FULL JOIN computed c USING ("provinceId", "communeId", "periodId")
  CROSS JOIN LATERAL (VALUES
    ('expected', COALESCE(s."expected", 0), COALESCE(c."expected", 0)),
    ('submitted', COALESCE(s."submitted", 0), COALESCE(c."submitted", 0)),
    ('onTime', COALESCE(s."onTime", 0), COALESCE(c."onTime", 0)),
    ('approved', COALESCE(s."approved", 0), COALESCE(c."approved", 0)),
    ('returned', COALESCE(s."returned", 0), COALESCE(c."returned", 0))
  ) AS m(name, stored, computed)
  WHERE m.stored <> m.computed;
$$;

CREATE FUNCTION app_private.completeness_rollups_rebuild(p_province int DEFAULT NULL)
RETURNS void LANGUAGE sql VOLATILE SET search_path = public, pg_catalog AS $$
  DELETE FROM "CompletenessRollup" WHERE p_province IS NULL OR "provinceId" = p_province;
  INSERT INTO "CompletenessRollup" ("provinceId", "communeId", "periodId", "expected", "submitted",
    "onTime", "approved", "returned", "updatedAt")
  SELECT *, clock_timestamp() FROM app_private.completeness_computed(p_province, NULL, NULL);
$$;

-- `npm run rollups:verify` and the rollups tests read rollup_differences and rebuild with
-- rollups_rebuild: both now cover completeness too.
CREATE OR REPLACE FUNCTION app_private.rollup_differences(p_province int DEFAULT NULL)
RETURNS TABLE ("rollup" text, "key" text, "stored" bigint, "computed" bigint,
               "storedReports" int, "computedReports" int)
LANGUAGE sql STABLE SET search_path = public, pg_catalog AS $$
  SELECT * FROM app_private.report_rollup_differences(p_province)
  UNION ALL
  SELECT * FROM app_private.roster_rollup_differences(p_province)
  UNION ALL
  SELECT * FROM app_private.completeness_rollup_differences(p_province);
$$;
CREATE OR REPLACE FUNCTION app_private.rollups_rebuild() RETURNS void LANGUAGE sql VOLATILE
SET search_path = public, pg_catalog AS $$
  SELECT app_private.report_rollups_rebuild();
  SELECT app_private.roster_rollups_rebuild();
  SELECT app_private.completeness_rollups_rebuild();
$$;

REVOKE ALL ON FUNCTION app_private.completeness_computed(int, int[], int[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION app_private.completeness_refresh(int[], int[], int[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION app_private.completeness_reports_changed() FROM PUBLIC;
REVOKE ALL ON FUNCTION app_private.completeness_history_changed() FROM PUBLIC;
REVOKE ALL ON FUNCTION app_private.completeness_points_changed() FROM PUBLIC;
REVOKE ALL ON FUNCTION app_private.completeness_point_history_changed() FROM PUBLIC;
REVOKE ALL ON FUNCTION app_private.completeness_extensions_changed() FROM PUBLIC;
REVOKE ALL ON FUNCTION app_private.completeness_periods_changed() FROM PUBLIC;
REVOKE ALL ON FUNCTION app_private.completeness_communes_changed() FROM PUBLIC;
REVOKE ALL ON FUNCTION app_private.completeness_rollup_differences(int) FROM PUBLIC;
REVOKE ALL ON FUNCTION app_private.completeness_rollups_rebuild(int) FROM PUBLIC;

-- The app reads the cells of its scope and writes none.
GRANT SELECT ON "CompletenessRollup" TO portal_app;
ALTER TABLE "CompletenessRollup" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CompletenessRollup" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON "CompletenessRollup" FOR SELECT TO portal_app
  USING ((SELECT app_scope_verified()) AND app_can_read("provinceId", "communeId"));

-- Installs that already hold reports start with their completeness built.
SELECT app_private.completeness_rollups_rebuild();

SELECT app_private.harden_policies();
