#!/bin/sh
# Rerenders the renderer fidelity references (src/test/resources/render/{reference,features}) with
# Mapnik through ../shared/tools/refrender. Needs the reference PostGIS (port 5439, db windshaft_test;
# start it with `pg_ctlcluster 15 ref start`) and Debian's python3-mapnik.
# Usage: scripts/render/regenerate-references.sh [case-name ...]   (no names = every case)
set -eu
cd "$(dirname "$0")/../.."
exec /usr/bin/python3 scripts/render/regenerate_references.py "$@"
