#!/usr/bin/python3
"""Rerenders the reference tiles of the renderer fidelity suite and extracts their input features.

For every case of src/test/resources/render/cases.json:
  reference/<name>.png  - Mapnik's rendering through ../shared/tools/refrender (png32, buffer 64)
  features/<key>.json.gz - per mapnik layer, the rows Mapnik's PostGIS datasource fetches for the
                           tile: the layer SQL wrapped as "(SQL) as cdbq", filtered with
                           the_geom_webmercator && (tile extent grown by buffer-size image pixels),
                           in query order; geometry as EPSG:3857 WKT (centimetre precision) and only
                           the attributes the CartoCSS references. <key> hashes (sql, fields, z, x, y, scale),
                           so cases over the same data share a file; features/index.json
                           maps each case to its layers' keys.
The JUnit test (io.windlass.render.fidelity.FidelityTest) renders from these files without a database.
"""
import gzip, hashlib, json, os, re, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RES = os.path.join(ROOT, 'src/test/resources/render')
REFRENDER = os.environ.get('REFRENDER_DIR', os.path.join(ROOT, '../shared/tools/refrender'))
sys.path.insert(0, REFRENDER)
import refrender  # noqa: E402

DB = refrender.DEFAULT_DB
BUFFER_PX = 64
# Marker files of the cases: MapConfigs name them under this URL, the files are in render/markers.
MARKERS_URL = 'http://windlass.test/markers/'
RESOURCE_MAP = {MARKERS_URL: os.path.join(RES, 'markers')}


def fields_of(css):
    # [zoom ...] filters the scale, not a column
    return sorted(set(re.findall(r'\[\s*([A-Za-z_][A-Za-z0-9_]*)\s*[\]=<>!]', css)) - {'zoom'})


def feature_key(sql, fields, z, x, y, scale):
    return hashlib.sha1(json.dumps([sql, fields, z, x, y, scale]).encode()).hexdigest()[:12]


def buffered_bbox(z, x, y, scale):
    minx, miny, maxx, maxy = refrender.tile_bbox(z, x, y)
    buf = BUFFER_PX * (maxx - minx) / (256 * scale)  # buffer-size is in image pixels
    return (minx - buf, miny - buf, maxx + buf, maxy + buf)


def json_rows(q):
    # one JSON value per row of query q, from the reference database
    out = subprocess.run(['psql', '-h', DB['host'], '-p', str(DB['port']), '-U', DB['user'], '-d',
                          DB['dbname'], '-AtX', '-v', 'ON_ERROR_STOP=1', '-c', q],
                         check=True, stdout=subprocess.PIPE).stdout.decode('utf-8')
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def extract(sql, fields, z, x, y, scale):
    return extract_box(sql, fields, buffered_bbox(z, x, y, scale))


def extract_box(sql, fields, bbox):
    box = 'ST_MakeEnvelope(%r, %r, %r, %r, 3857)' % bbox
    attrs = ', '.join("'%s', cdbq.\"%s\"" % (f, f) for f in fields) or ''
    inner = re.sub(r';\s*$', '', sql)
    q = ('SELECT json_build_object(\'wkt\', ST_AsText("the_geom_webmercator", 2), \'attributes\', '
         'json_build_object(%s))::text FROM (%s) as cdbq WHERE "the_geom_webmercator" && %s'
         % (attrs, inner, box))
    return json_rows(q)


def extract_rasters(sql, col, z, x, y, scale):
    # the rasters Windlass's raster tile query reads: in 3857, envelope meeting the buffered tile
    box = 'ST_MakeEnvelope(%r, %r, %r, %r, 3857)' % buffered_bbox(z, x, y, scale)
    inner = re.sub(r';\s*$', '', sql)
    c = '"%s"' % col
    q = ("SELECT json_build_object('raster', encode(ST_AsBinary(r), 'hex'))::text FROM "
         "(SELECT CASE WHEN ST_SRID(%s) = 3857 THEN %s ELSE ST_Transform(%s, 3857) END AS r "
         "FROM (%s) AS cdbq WHERE %s IS NOT NULL) AS rasters WHERE ST_Envelope(r) && %s"
         % (c, c, c, inner, c, box))
    return json_rows(q)


def main():
    only = set(sys.argv[1:])
    cases = json.load(open(os.path.join(RES, 'cases.json')))['cases']
    os.makedirs(os.path.join(RES, 'reference'), exist_ok=True)
    os.makedirs(os.path.join(RES, 'features'), exist_ok=True)
    index_path = os.path.join(RES, 'features', 'index.json')
    index = json.load(open(index_path)) if os.path.exists(index_path) else {}
    for c in cases:
        if only and c['name'] not in only:
            continue
        z, x, y, s = c['z'], c['x'], c['y'], c.get('scale', 1)
        rr = refrender.RefRenderer(c['mapconfig'], scale=s, resource_map=RESOURCE_MAP)
        rr.render_to_file(z, x, y, os.path.join(RES, 'reference', c['name'] + '.png'), 'png32')
        n = []
        keys = []
        for layer in c['mapconfig']['layers']:
            o = layer['options']
            fields = fields_of(o["cartocss"])
            raster = o.get('geom_type') == 'raster'
            col = o.get('geom_column') or 'the_geom_webmercator'
            key = feature_key(o["sql"], ['raster:' + col] if raster else fields, z, x, y, s)
            path = os.path.join(RES, 'features', key + '.json.gz')
            rows = (extract_rasters(o["sql"], col, z, x, y, s) if raster
                    else extract(o["sql"], fields, z, x, y, s))
            # mtime 0: regenerating unchanged data gives byte-identical files
            with open(path, 'wb') as raw, gzip.GzipFile(fileobj=raw, mode='wb', mtime=0) as f:
                f.write(json.dumps(rows, separators=(',', ':')).encode('utf-8'))
            n.append(len(rows))
            keys.append(key)
        index[c['name']] = keys
        print('%-32s z%d %d/%d @%dx features %s' % (c['name'], z, x, y, s, n))

    index = {k: v for k, v in index.items() if k in {c['name'] for c in cases}}
    with open(index_path, 'w') as f:
        json.dump(index, f, indent=1, sort_keys=True)


if __name__ == '__main__':
    main()
