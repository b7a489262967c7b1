#!/usr/bin/python3
"""Generates src/main/resources/io/windlass/style/mapnik-reference-3.0.6.json from mapnik-reference's
3.0.6/reference.json (npm mapnik-reference 8.5.6, the table carto 0.16.3 loads for Mapnik 3.0.x).
Keeps what the compiler needs, in the reference's own order (carto's lookups depend on it):
symbolizers → properties {css, name, type, expression, validate, serialization, required, functions},
named colours, filter keywords.
usage: gen_reference.py PATH/TO/mapnik-reference/3.0.6/reference.json > mapnik-reference-3.0.6.json"""
import json, sys
ref = json.load(open(sys.argv[1]))
keep = ['css', 'type', 'expression', 'validate', 'serialization', 'required', 'functions']
out = {'version': ref['version'], 'symbolizers': [], 'colors': ref['colors'], 'filter': ref['filter']['value']}
for sym, props in ref['symbolizers'].items():
    plist = []
    for name, p in props.items():
        if 'css' not in p:
            continue
        q = {'name': name}
        for k in keep:
            if k in p and p[k] is not False:
                q[k] = p[k]
        plist.append(q)
    out['symbolizers'].append({'name': sym, 'properties': plist})
json.dump(out, sys.stdout, indent=None, separators=(',', ':'))
sys.stdout.write('\n')
