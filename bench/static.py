#!/usr/bin/python3
"""Renders one static map (centre + zoom + size) through a running Windlass and through the
reference renderer (carto + Mapnik, ../shared/tools/refrender) in the same run: prints the time
of each (median of --repeat, PostGIS queries and PNG encoding included on both sides), their
ratio, and the fidelity of Windlass's image against Mapnik's with CARTO's metric (per-mil of
pixels differing by more than 16 in any channel).

usage: /usr/bin/python3 bench/static.py [MAPCONFIG] [--lon 10 --lat 20 --zoom 2]
           [--width 1024 --height 768] [--repeat 5] [--url http://127.0.0.1:8080] [--out DIR]
Needs: ./windlass start (demo data) and the reference environment (setup_refenv.sh).
"""
import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ORIGIN = 20037508.342789244


def mercator(lon, lat):
    x = lon * ORIGIN / 180
    y = math.log(math.tan((90 + lat) * math.pi / 360)) * ORIGIN / math.pi
    return x, y


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('mapconfig', nargs='?', default=os.path.join(HERE, '..', 'scripts', 'demo-mapconfig.json'))
    ap.add_argument('--lon', type=float, default=10)
    ap.add_argument('--lat', type=float, default=20)
    ap.add_argument('--zoom', type=int, default=2)
    ap.add_argument('--width', type=int, default=1024)
    ap.add_argument('--height', type=int, default=768)
    ap.add_argument('--repeat', type=int, default=5)
    ap.add_argument('--url', default='http://127.0.0.1:%s' % os.environ.get('WINDLASS_HTTP_PORT', '8080'))
    ap.add_argument('--refrender', default=os.path.join(HERE, '..', '..', 'shared', 'tools', 'refrender'))
    ap.add_argument('--out', default='/tmp/windlass-static-bench')
    a = ap.parse_args()
    sys.path.insert(0, os.path.abspath(a.refrender))
    import mapnik  # noqa: E402
    import refrender  # noqa: E402

    os.makedirs(a.out, exist_ok=True)
    with open(a.mapconfig) as f:
        config = json.load(f)
    req = urllib.request.Request(a.url + '/api/v1/map', data=json.dumps(config).encode(),
                                 headers={'Content-Type': 'application/json'})
    token = json.load(urllib.request.urlopen(req))['layergroupid']
    path = '%s/api/v1/map/static/center/%s/%d/%s/%s/%d/%d.png' % (
        a.url, token, a.zoom, a.lat, a.lon, a.width, a.height)

    rr = refrender.RefRenderer(refrender.load_mapconfig(a.mapconfig))
    m = rr.map
    m.resize(a.width, a.height)
    m.buffer_size = rr.buffer_size
    cx, cy = mercator(a.lon, a.lat)
    res = 2 * ORIGIN / 256 / 2 ** a.zoom
    m.zoom_to_box(mapnik.Box2d(cx - a.width * res / 2, cy - a.height * res / 2,
                               cx + a.width * res / 2, cy + a.height * res / 2))

    def windlass():
        with urllib.request.urlopen(path) as r:
            return r.read()

    def reference():
        im = mapnik.Image(a.width, a.height)
        mapnik.render_with_vars(m, im, {'zoom': a.zoom}, 1.0, 0, 0)
        return im.tostring('png32')

    windlass(), reference()  # warm-up
    wl, mk = [], []
    for _ in range(a.repeat):
        t = time.perf_counter(); ours = windlass(); wl.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter(); ref = reference(); mk.append((time.perf_counter() - t) * 1000)
    with open(os.path.join(a.out, 'windlass.png'), 'wb') as f:
        f.write(ours)
    with open(os.path.join(a.out, 'mapnik.png'), 'wb') as f:
        f.write(ref)
    cmp = subprocess.run(['/usr/bin/python3', os.path.join(a.refrender, 'imgcompare.py'),
                          os.path.join(a.out, 'windlass.png'), os.path.join(a.out, 'mapnik.png'),
                          '--tolerance', '20', '--diff-out', os.path.join(a.out, 'diff.png')],
                         capture_output=True, text=True)
    print('static %dx%d, zoom %d at %s,%s; %d runs' % (a.width, a.height, a.zoom, a.lon, a.lat, a.repeat))
    print('windlass  median %7.1f ms' % statistics.median(wl))
    print('mapnik    median %7.1f ms' % statistics.median(mk))
    print('ratio     %.2f (windlass / mapnik; goal <= 0.8)' % (statistics.median(wl) / statistics.median(mk)))
    print('fidelity  ' + cmp.stdout.strip())


if __name__ == '__main__':
    main()
