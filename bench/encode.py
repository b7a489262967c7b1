#!/usr/bin/python3
"""Prints how long a running Windlass takes to encode each tile of a zoom pyramid, from the
`encode` entry of its Server-Timing header (0.1 ms resolution): median, p95, p99, max and the
slowest tiles. Every pass creates a fresh layergroup, so no tile comes from the tile cache; the
first pass warms up and is not counted.

usage: /usr/bin/python3 bench/encode.py [MAPCONFIG] [--zmax 5] [--format png|png32]
           [--url http://127.0.0.1:8080]
Needs: ./windlass start (the demo data).
"""
import argparse
import json
import os
import re
import statistics
import urllib.request
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('mapconfig', nargs='?',
                    default=os.path.join(HERE, '..', '..', 'shared', 'bench', 'speed-map.json'))
    ap.add_argument('--zmax', type=int, default=5)
    ap.add_argument('--format', default='png')
    ap.add_argument('--url', default='http://127.0.0.1:8080')
    a = ap.parse_args()
    base = json.load(open(a.mapconfig))
    times = []
    for counted in (False, True):
        cfg = json.loads(json.dumps(base))
        # a comment makes a new layergroup: nothing comes from the tile cache
        cfg['layers'][0]['options']['cartocss'] += ' /* %s */' % uuid.uuid4().hex
        req = urllib.request.Request(a.url + '/api/v1/map', data=json.dumps(cfg).encode(),
                                     headers={'Content-Type': 'application/json'})
        token = json.load(urllib.request.urlopen(req))['layergroupid']
        for z in range(a.zmax + 1):
            for x in range(2 ** z):
                for y in range(2 ** z):
                    r = urllib.request.urlopen('%s/api/v1/map/%s/%d/%d/%d.%s'
                                               % (a.url, token, z, x, y, a.format))
                    r.read()
                    m = re.search(r'encode;dur=([0-9.]+)', r.headers.get('Server-Timing', ''))
                    if counted and m:
                        times.append((float(m.group(1)), '%d/%d/%d' % (z, x, y)))
    times.sort()
    d = [t for t, _ in times]
    print('encode .%s, %s z0-%d: %d tiles  median %.2f  p95 %.2f  p99 %.2f  max %.2f ms'
          % (a.format, os.path.basename(a.mapconfig), a.zmax, len(d), statistics.median(d),
             d[int(len(d) * 0.95)], d[int(len(d) * 0.99)], d[-1]))
    print('slowest: ' + ', '.join('%s %.1f ms' % (tile, t) for t, tile in reversed(times[-5:])))


if __name__ == '__main__':
    main()
