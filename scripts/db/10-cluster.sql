-- Cluster-level objects of the Windlass PostGIS sandbox: the two login roles
-- of the default account, Windlass's metadata role and the `windlass` database.
--
-- Run by `./windlass db start` as the sandbox superuser, connected to the
-- `postgres` database over the sandbox's unix socket:
--   psql -v ON_ERROR_STOP=1 -v db_name=... -v owner_user=... -v owner_password=...
--        -v public_user=... -v public_password=... -f 10-cluster.sql
-- Idempotent: roles and database are only created when missing; role
-- attributes and passwords are (re)applied every time so that the password
-- files kept in the sandbox directory stay authoritative.

-- CREATE ROLE has no IF NOT EXISTS; \gexec runs the generated statement only
-- when the SELECT returns a row.
SELECT format('CREATE ROLE %I', :'owner_user')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'owner_user') \gexec
SELECT format('CREATE ROLE %I', :'public_user')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'public_user') \gexec
SELECT format('CREATE ROLE %I', :'meta_user')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'meta_user') \gexec

-- The owner role owns the account's tables but must not be able to escape
-- the account: no superuser, no role/database creation, no RLS bypass.
ALTER ROLE :"owner_user" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE
  NOREPLICATION NOBYPASSRLS INHERIT PASSWORD :'owner_password';

-- The public role is what anonymous map requests run as: read-only by grants.
ALTER ROLE :"public_user" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE
  NOREPLICATION NOBYPASSRLS INHERIT PASSWORD :'public_password';

-- The metadata role owns Windlass's own schema (accounts, role passwords, templates): no
-- account role may read it, so no account's SQL can reach another account's secrets.
ALTER ROLE :"meta_user" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE
  NOREPLICATION NOBYPASSRLS INHERIT PASSWORD :'meta_password';

-- CREATE DATABASE cannot run inside a transaction or a DO block: \gexec again.
SELECT format('CREATE DATABASE %I WITH TEMPLATE template0 ENCODING %L', :'db_name', 'UTF8')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db_name') \gexec
