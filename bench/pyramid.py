#!/usr/bin/python3
"""Times every tile of a zoom pyramid through a running Windlass and through the reference
renderer (carto + Mapnik, ../shared/tools/refrender) in the same run, and prints median, p95 and
mean ms per tile for each and their ratios.

Both sides include the PostGIS queries and PNG encoding (Windlass: over HTTP on loopback, cold:
every pass creates a fresh layergroup so that no tile comes from the tile cache; Mapnik: the
compiled map kept loaded, as a Windshaft renderer-cache hit). Tiles are requested one at a time.

usage: /usr/bin/python3 bench/pyramid.py [MAPCONFIG] [--zmin 0] [--zmax 4] [--scale 1]
           [--format png|png32] [--repeat 3] [--url http://127.0.0.1:8080] [--refrender DIR]
The format is the same on both sides: .png is CARTO's png8:m=h (Mapnik encodes png8:m=h),
.png32 is RGBA. Windlass is asked over one keep-alive HTTP connection.
Needs: ./windlass start (the demo data), and the reference environment
(bash ../shared/tools/refrender/setup_refenv.sh) with the same tables.
"""
import argparse
import http.client
import json
import os
import statistics
import sys
import time
import urllib.parse
import urllib.request
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))


def pct(values, p):
    v = sorted(values)
    k = (len(v) - 1) * p / 100.0
    lo, hi = int(k), min(int(k) + 1, len(v) - 1)
    return v[lo] + (v[hi] - v[lo]) * (k - lo)


def tiles(zmin, zmax):
    for z in range(zmin, zmax + 1):
        for x in range(2 ** z):
            for y in range(2 ** z):
                yield z, x, y


def create(url, config):
    cold = dict(config)
    cold['bench_run'] = uuid.uuid4().hex  # a new layergroup id: nothing cached
    req = urllib.request.Request(url + '/api/v1/map', data=json.dumps(cold).encode(),
                                 headers={'Content-Type': 'application/json'})
    with urllib.request.urlopen(req) as r:
        return json.load(r)['layergroupid']


def windlass_pass(url, config, a):
    token = create(url, config)
    suffix = ('@2x.' if a.scale == 2 else '.') + a.format
    # One keep-alive connection, as a map client keeps: the time is the server's, not TCP set-up.
    u = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(u.hostname, u.port or 80)
    times = []
    for z, x, y in tiles(a.zmin, a.zmax):
        t = time.perf_counter()
        conn.request('GET', '/api/v1/map/%s/%d/%d/%d%s' % (token, z, x, y, suffix))
        r = conn.getresponse()
        body = r.read()
        times.append((time.perf_counter() - t) * 1000)
        if r.status != 200:
            raise SystemExit('tile %d/%d/%d: HTTP %d %s' % (z, x, y, r.status, body[:200]))
    conn.close()
    return times


def mapnik_pass(rr, a):
    # What CARTO serves for the same URL: .png is png8:m=h, .png32 is RGBA.
    fmt = 'png8:m=h' if a.format == 'png' else 'png32'
    times = []
    for z, x, y in tiles(a.zmin, a.zmax):
        t = time.perf_counter()
        rr.render_tile(z, x, y).tostring(fmt)
        times.append((time.perf_counter() - t) * 1000)
    return times


def summary(name, ms):
    return '%-9s tiles %5d  median %7.2f ms  p95 %7.2f ms  mean %7.2f ms' % (
        name, len(ms), statistics.median(ms), pct(ms, 95), statistics.mean(ms))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('mapconfig', nargs='?', default=os.path.join(HERE, '..', 'scripts', 'demo-mapconfig.json'))
    ap.add_argument('--zmin', type=int, default=0)
    ap.add_argument('--zmax', type=int, default=4)
    ap.add_argument('--scale', type=int, default=1)
    ap.add_argument('--repeat', type=int, default=3)
    ap.add_argument('--format', choices=['png', 'png32'], default='png')
    ap.add_argument('--url', default='http://127.0.0.1:%s' % os.environ.get('WINDLASS_HTTP_PORT', '8080'))
    ap.add_argument('--refrender', default=os.path.join(HERE, '..', '..', 'shared', 'tools', 'refrender'))
    a = ap.parse_args()

    sys.path.insert(0, os.path.abspath(a.refrender))
    import refrender  # noqa: E402

    with open(a.mapconfig) as f:
        config = json.load(f)
    rr = refrender.RefRenderer(refrender.load_mapconfig(a.mapconfig), scale=a.scale)

    # Warm-up, untimed: JIT and connection pools on one side, Mapnik's caches on the other.
    windlass_pass(a.url, config, a)
    mapnik_pass(rr, a)

    wl, mk = [], []
    for _ in range(a.repeat):
        wl += windlass_pass(a.url, config, a)
        mk += mapnik_pass(rr, a)

    print('map %s, z%d-%d @%dx .%s, %d passes' % (os.path.basename(a.mapconfig), a.zmin, a.zmax, a.scale,
                                                 a.format, a.repeat))
    print(summary('windlass', wl))
    print(summary('mapnik', mk))
    print('ratio     median %.2f  p95 %.2f  mean %.2f  (windlass / mapnik; < 1 is faster)' % (
        statistics.median(wl) / statistics.median(mk), pct(wl, 95) / pct(mk, 95),
        statistics.mean(wl) / statistics.mean(mk)))


if __name__ == '__main__':
    main()
