-- Windlass metadata, version 1: accounts, named-map templates, table change tracking.
-- Runs as the metadata role (WindlassDS), inside schema windlass, in one transaction.

CREATE TABLE windlass.account (
  name              text PRIMARY KEY CHECK (name ~ '^[a-z0-9][a-z0-9_-]*$'),
  -- SHA-256 (hex) of the master api key; null: the account has no master key.
  master_key_sha256 text,
  owner_role        text NOT NULL,
  owner_password    text NOT NULL,
  public_role       text NOT NULL,
  public_password   text NOT NULL,
  created_at        timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE windlass.template (
  account     text NOT NULL REFERENCES windlass.account (name) ON DELETE CASCADE,
  name        text NOT NULL,
  -- The template exactly as stored and hashed (JSON text, CARTO's key order).
  body        text NOT NULL,
  -- view.bounds (or view.center as a point) for listing and previews, in EPSG:4326.
  view_extent geometry(Geometry, 4326),
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (account, name)
);

-- Last change of each tracked table: drives cache busters, Last-Modified and Cache-Control.
CREATE TABLE windlass.table_metadata (
  schema_name text NOT NULL,
  table_name  text NOT NULL,
  updated_at  timestamptz NOT NULL,
  PRIMARY KEY (schema_name, table_name)
);

REVOKE ALL ON ALL TABLES IN SCHEMA windlass FROM PUBLIC;

-- Trigger function: records the change of the table it fires on. SECURITY DEFINER so that a
-- table owner's writes can update the metadata table, which only the metadata role may write.
CREATE FUNCTION windlass.touch_table() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
BEGIN
  INSERT INTO windlass.table_metadata (schema_name, table_name, updated_at)
  VALUES (TG_TABLE_SCHEMA, TG_TABLE_NAME, clock_timestamp())
  ON CONFLICT (schema_name, table_name) DO UPDATE SET updated_at = EXCLUDED.updated_at;
  RETURN NULL;
END $$;

-- Records a change of table t at instant at (keeping an earlier record unless overwrite); only a
-- member of the table's owner role may, so no account can move another's cache busters.
CREATE FUNCTION windlass.record_change(t regclass, at timestamptz, overwrite boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
DECLARE
  s text; n text; owner oid;
BEGIN
  SELECT nspname, relname, relowner INTO s, n, owner
  FROM pg_class c JOIN pg_namespace ns ON ns.oid = c.relnamespace WHERE c.oid = t;
  IF NOT pg_has_role(session_user, owner, 'MEMBER') THEN
    RAISE EXCEPTION 'permission denied: only the owner of % may track it', t;
  END IF;
  IF overwrite THEN
    INSERT INTO windlass.table_metadata (schema_name, table_name, updated_at) VALUES (s, n, at)
    ON CONFLICT (schema_name, table_name) DO UPDATE SET updated_at = EXCLUDED.updated_at;
  ELSE
    INSERT INTO windlass.table_metadata (schema_name, table_name, updated_at) VALUES (s, n, at)
    ON CONFLICT (schema_name, table_name) DO NOTHING;
  END IF;
END $$;

-- Marks a table as changed (now, or at a given instant), e.g. after changes made without triggers.
CREATE FUNCTION windlass.touch(t regclass, at timestamptz DEFAULT now()) RETURNS void
LANGUAGE sql SECURITY INVOKER AS $$ SELECT windlass.record_change(t, at, true) $$;

-- Installs change tracking on a table: run by its owner (creating a trigger needs ownership).
-- Idempotent: tracking a tracked table keeps its recorded change time.
CREATE FUNCTION windlass.track_table(t regclass) RETURNS void
LANGUAGE plpgsql SECURITY INVOKER SET search_path = pg_catalog AS $$
BEGIN
  EXECUTE format('DROP TRIGGER IF EXISTS windlass_track ON %s', t);
  EXECUTE format('CREATE TRIGGER windlass_track AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %s'
                 ' FOR EACH STATEMENT EXECUTE FUNCTION windlass.touch_table()', t);
  PERFORM windlass.record_change(t, now(), false);
END $$;

GRANT USAGE ON SCHEMA windlass TO PUBLIC;
GRANT EXECUTE ON FUNCTION windlass.record_change(regclass, timestamptz, boolean) TO PUBLIC;
GRANT EXECUTE ON FUNCTION windlass.touch(regclass, timestamptz) TO PUBLIC;
GRANT EXECUTE ON FUNCTION windlass.track_table(regclass) TO PUBLIC;
