#!/usr/bin/python3
"""Rerenders the reference images of the static-map fidelity suite and extracts their input.

For every case of src/test/resources/render/static/cases.json (a MapConfig and a static view:
centre lon/lat, zoom, width, height, scale, as /api/v1/map/static/center/ places it):
  static/reference/<name>.png   - Mapnik's rendering of that extent at that size through
                                  ../shared/tools/refrender (png32, buffer 64 image pixels)
  static/features/<key>.json.gz - per mapnik layer, the rows Mapnik's PostGIS datasource fetches:
                                  as regenerate_references.py, for the view's buffered extent
The JUnit test (io.windlass.render.fidelity.StaticFidelityTest) renders from these files.
usage: /usr/bin/python3 scripts/render/regenerate_static_references.py [CASE...]
"""
import gzip, hashlib, json, math, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import regenerate_references as tiles  # noqa: E402  (its extract() and refrender import)

RES = os.path.join(tiles.ROOT, 'src/test/resources/render/static')
ORIGIN = 20037508.342789244


def extent(view):
    x = view['lon'] * ORIGIN / 180
    y = math.log(math.tan((90 + view['lat']) * math.pi / 360)) * ORIGIN / math.pi
    res = 2 * ORIGIN / 256 / 2 ** view['zoom']
    return (x - view['width'] * res / 2, y - view['height'] * res / 2,
            x + view['width'] * res / 2, y + view['height'] * res / 2), res


def main():
    import mapnik  # noqa: E402
    only = set(sys.argv[1:])
    cases = json.load(open(os.path.join(RES, 'cases.json')))['cases']
    os.makedirs(os.path.join(RES, 'reference'), exist_ok=True)
    os.makedirs(os.path.join(RES, 'features'), exist_ok=True)
    index_path = os.path.join(RES, 'features', 'index.json')
    index = json.load(open(index_path)) if os.path.exists(index_path) else {}
    for c in cases:
        if only and c['name'] not in only:
            continue
        v = c['view']
        s = v.get('scale', 1)
        (minx, miny, maxx, maxy), res = extent(v)
        rr = tiles.refrender.RefRenderer(c['mapconfig'], scale=s, resource_map=tiles.RESOURCE_MAP)
        m = rr.map
        m.resize(v['width'] * s, v['height'] * s)
        m.buffer_size = rr.buffer_size
        m.zoom_to_box(mapnik.Box2d(minx, miny, maxx, maxy))
        im = mapnik.Image(v['width'] * s, v['height'] * s)
        mapnik.render_with_vars(m, im, {'zoom': v['zoom']}, float(s), 0, 0)
        im.save(os.path.join(RES, 'reference', c['name'] + '.png'), 'png32')
        buf = tiles.BUFFER_PX * res / s  # buffer-size is in image pixels
        keys, counts = [], []
        for layer in c['mapconfig']['layers']:
            o = layer['options']
            fields = tiles.fields_of(o['cartocss'])
            key = hashlib.sha1(json.dumps([o['sql'], fields, v]).encode()).hexdigest()[:12]
            rows = tiles.extract_box(o['sql'], fields, (minx - buf, miny - buf, maxx + buf, maxy + buf))
            with open(os.path.join(RES, 'features', key + '.json.gz'), 'wb') as raw, \
                    gzip.GzipFile(fileobj=raw, mode='wb', mtime=0) as f:
                f.write(json.dumps(rows, separators=(',', ':')).encode('utf-8'))
            keys.append(key)
            counts.append(len(rows))
        index[c['name']] = keys
        print('%-32s features %s' % (c['name'], counts))
    index = {k: v for k, v in index.items() if k in {c['name'] for c in cases}}
    with open(index_path, 'w') as f:
        json.dump(index, f, indent=1, sort_keys=True)


if __name__ == '__main__':
    main()
