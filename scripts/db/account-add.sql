-- Creates a Windlass account: its owner and public roles, a schema of its own owned by the owner,
-- and its row in windlass.account (master key stored as SHA-256 only). Run by
-- `./windlass account add` as a role with CREATEROLE (the sandbox superuser), in one transaction.
-- Variables: name, owner, public, owner_password, public_password, key_hash.
\set ON_ERROR_STOP on
BEGIN;
CREATE ROLE :"owner" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
  PASSWORD :'owner_password';
CREATE ROLE :"public" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
  PASSWORD :'public_password';
-- The account's tables live in its own schema; its public role may only look up names there.
CREATE SCHEMA :"name" AUTHORIZATION :"owner";
GRANT USAGE ON SCHEMA :"name" TO :"public";
ALTER ROLE :"owner" SET search_path = :"name", public;
ALTER ROLE :"public" SET search_path = :"name", public;
INSERT INTO windlass.account (name, master_key_sha256, owner_role, owner_password, public_role, public_password)
VALUES (:'name', :'key_hash', :'owner', :'owner_password', :'public', :'public_password');
COMMIT;
