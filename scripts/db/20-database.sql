-- Database-level setup of the Windlass sandbox database (run as the sandbox
-- superuser, connected to the `windlass` database, before the demo data is
-- loaded). Variables: owner_user, public_user. Idempotent.

CREATE EXTENSION IF NOT EXISTS postgis;

-- Nobody but the account owner may create objects in public (PostgreSQL 15
-- already defaults to this; being explicit keeps older clusters safe too).
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE, CREATE ON SCHEMA public TO :"owner_user";
GRANT USAGE ON SCHEMA public TO :"public_user";

-- Windlass keeps its own metadata (accounts, named maps, table change times) in a
-- schema owned by the metadata role; the server creates its tables (migrations).
CREATE SCHEMA IF NOT EXISTS windlass AUTHORIZATION :"meta_user";
ALTER SCHEMA windlass OWNER TO :"meta_user";
