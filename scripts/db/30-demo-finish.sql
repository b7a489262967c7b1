-- Finishes the demo data after data/demo/*.sql.gz were loaded by the sandbox
-- superuser (they must be: windshaft.test.sql creates a role):
--   * creates test_table_private_1, a private copy of test_table;
--   * hands every demo object in schema public to the account owner role;
--   * grants the public role SELECT on every demo table except the private one;
--   * checks every demo table but the rasters has the_geom (4326) and
--     the_geom_webmercator (3857).
-- Variables: owner_user, public_user. Runs in one transaction: all or nothing.

\set ON_ERROR_STOP 1
BEGIN;

-- DO blocks cannot see psql variables; pass them through transaction-local settings.
SELECT set_config('windlass.owner_user', :'owner_user', true),
       set_config('windlass.public_user', :'public_user', true) \g /dev/null

-- A private copy of test_table (same columns, constraints, indexes and rows)
-- with a sequence of its own, so that inserts into one never move the other.
DROP TABLE IF EXISTS test_table_private_1;
CREATE TABLE test_table_private_1 (LIKE test_table INCLUDING ALL);
CREATE SEQUENCE test_table_private_1_cartodb_id_seq OWNED BY test_table_private_1.cartodb_id;
ALTER TABLE test_table_private_1
  ALTER COLUMN cartodb_id SET DEFAULT nextval('test_table_private_1_cartodb_id_seq');
INSERT INTO test_table_private_1 SELECT * FROM test_table;
SELECT setval('test_table_private_1_cartodb_id_seq',
              (SELECT coalesce(max(cartodb_id), 0) + 1 FROM test_table_private_1), false) \g /dev/null

-- Objects created by the PostGIS extension (spatial_ref_sys, geometry_columns,
-- the ST_* functions, ...) live in public too but belong to the extension:
-- they are left alone. Everything else in public is demo data.
CREATE TEMP VIEW demo_relations AS
  SELECT c.oid, c.oid::regclass AS rel, c.relname, c.relkind
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE n.nspname = 'public'
     AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
     AND NOT EXISTS (SELECT 1 FROM pg_depend d
                      WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                        AND d.deptype = 'e');

DO $$
DECLARE
  owner_role text := current_setting('windlass.owner_user');
  public_role text := current_setting('windlass.public_user');
  r record;
BEGIN
  -- Tables and views first: changing a table's owner also moves the sequences
  -- linked to its serial columns (which cannot be re-owned on their own).
  FOR r IN SELECT * FROM demo_relations WHERE relkind <> 'S' LOOP
    EXECUTE format('ALTER %s %s OWNER TO %I',
                   CASE r.relkind WHEN 'v' THEN 'VIEW'
                                  WHEN 'm' THEN 'MATERIALIZED VIEW'
                                  WHEN 'f' THEN 'FOREIGN TABLE'
                                  ELSE 'TABLE' END,
                   r.rel, owner_role);
  END LOOP;
  -- Free-standing sequences (not linked to a column).
  FOR r IN SELECT * FROM demo_relations s WHERE relkind = 'S'
             AND NOT EXISTS (SELECT 1 FROM pg_depend d
                              WHERE d.classid = 'pg_class'::regclass AND d.objid = s.oid
                                AND d.deptype IN ('a', 'i')) LOOP
    EXECUTE format('ALTER SEQUENCE %s OWNER TO %I', r.rel, owner_role);
  END LOOP;
  -- Demo functions (e.g. test_table_inserter, SECURITY DEFINER): owned by the
  -- account owner instead of the superuser, and not callable by everybody -
  -- otherwise the public role could write through them.
  FOR r IN SELECT p.oid::regprocedure AS fn
             FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = 'public'
              AND NOT EXISTS (SELECT 1 FROM pg_depend d
                               WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                                 AND d.deptype = 'e') LOOP
    EXECUTE format('ALTER ROUTINE %s OWNER TO %I', r.fn, owner_role);
    EXECUTE format('REVOKE EXECUTE ON ROUTINE %s FROM PUBLIC', r.fn);
  END LOOP;
  -- Read-only access for the public role: SELECT on every demo table and view,
  -- nothing else, and nothing at all on the private table.
  FOR r IN SELECT * FROM demo_relations WHERE relkind <> 'S' LOOP
    EXECUTE format('REVOKE ALL ON TABLE %s FROM PUBLIC, %I', r.rel, public_role);
    IF r.relname <> 'test_table_private_1' THEN
      EXECUTE format('GRANT SELECT ON TABLE %s TO %I', r.rel, public_role);
    END IF;
  END LOOP;
END
$$;

-- Every demo table must be renderable: the_geom in 4326 and
-- the_geom_webmercator in 3857 (tables with untyped geometry columns are
-- recognised through their enforce_srid CHECK constraints).
DO $$
DECLARE
  bad text;
BEGIN
  SELECT string_agg(format('%s(%s)', t.relname, t.problem), ', ' ORDER BY t.relname) INTO bad
    FROM (
      SELECT r.relname,
             CASE WHEN g4.srid IS DISTINCT FROM 4326 THEN 'the_geom srid ' || coalesce(g4.srid::text, 'missing')
                  ELSE 'the_geom_webmercator srid ' || coalesce(g3.srid::text, 'missing') END AS problem,
             g4.srid AS srid4326, g3.srid AS srid3857
        FROM demo_relations r
        LEFT JOIN geometry_columns g4 ON g4.f_table_schema = 'public' AND g4.f_table_name = r.relname
                                     AND g4.f_geometry_column = 'the_geom'
        LEFT JOIN geometry_columns g3 ON g3.f_table_schema = 'public' AND g3.f_table_name = r.relname
                                     AND g3.f_geometry_column = 'the_geom_webmercator'
       WHERE r.relkind IN ('r', 'p')
         -- raster tables (25-demo-raster.sql) have their rasters instead
         AND NOT EXISTS (SELECT 1 FROM raster_columns rc
                          WHERE rc.r_table_schema = 'public' AND rc.r_table_name = r.relname)
    ) t
   WHERE t.srid4326 IS DISTINCT FROM 4326 OR t.srid3857 IS DISTINCT FROM 3857;
  IF bad IS NOT NULL THEN
    RAISE EXCEPTION 'demo tables without the_geom (4326) / the_geom_webmercator (3857): %', bad;
  END IF;
END
$$;

-- windshaft.test.sql creates test_ws_publicuser with the well-known password
-- 'public'; Windlass uses its own public role, so keep that one from logging in.
SELECT 'ALTER ROLE test_ws_publicuser NOLOGIN'
 WHERE EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'test_ws_publicuser') \gexec

COMMIT;

ANALYZE;
