#!/bin/sh
# Rerenders the renderer fidelity references with Mapnik through ../shared/tools/refrender: the
# tile suite (src/test/resources/render/{reference,features}) and the static-image suite
# (src/test/resources/render/static). Needs the reference PostGIS (port 5439, db windshaft_test;
# set it up with ../shared/tools/refrender/setup_refenv.sh) and Debian's python3-mapnik.
# Usage: scripts/render/regenerate-references.sh [case-name ...]   (no names = every case)
set -eu
cd "$(dirname "$0")/../.."
/usr/bin/python3 scripts/render/regenerate_references.py "$@"
/usr/bin/python3 scripts/render/regenerate_static_references.py "$@"
