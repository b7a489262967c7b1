-- Windlass metadata, version 2: when each account was last told, in a template creation answer,
-- that it nears the template limit (CARTO tells it again after 30 days).

CREATE TABLE windlass.template_limit_notice (
  account text PRIMARY KEY REFERENCES windlass.account (name) ON DELETE CASCADE,
  sent_at timestamptz NOT NULL
);

REVOKE ALL ON windlass.template_limit_notice FROM PUBLIC;
