"""Inputs for CartoCssMigrationTest; expected outputs come from the reference.

Regenerate: /usr/bin/python3 inputs.py > cases.json
(reads ../../../../../../shared/tools/refrender/cartocss_transform.py, i.e. /work/shared/...)
"""
import json, sys
sys.path.insert(0, '/work/shared/tools/refrender')
import cartocss_transform as ct

STYLES = [
    '#layer { marker-fill: red; }',
    '#layer { marker-width: 3; marker-height: 4.5; }',
    '#layer { marker-width: "3"; marker-fill: #f00 }',
    "#layer { marker-width:'2.5'; }",
    '#layer { marker-width: 0x10; marker-height: -0x1F; }',
    '#layer { marker-width: 1e-7; marker-height: 1e21; }',
    '#layer { marker-width: 0.1; marker-height: 1.15; }',
    '#layer { marker-width: abc; marker-height: ; }',
    '#layer { marker-opacity: 0.5; MARKER-OPACITY: 0.2; }',
    '#layer { marker-placement: point; }',
    '#layer { marker-placement:point; }',
    '#layer { marker-placement:line; marker-type:ellipse; }',
    '#layer { marker-type: arrow; }',
    '#layer { marker-transform: rotate(45); }',
    '#layer[zoom=3] { marker-fill: blue; }',
    '#layer { marker-fill: red; } #layer[zoom>4] { marker-width: 2; }',
    '#layer[zoom>4] { marker-width: 2; } #layer { marker-fill: red; }',
    '#layer { line-color: red; }',
    '#layer { polygon-fill: red; line-width: 2; }',
    '#layer { polygon-pattern-file: url(a.png); }',
    '#layer { line-pattern-file: url(a.png); }',
    '#layer { marker-line-color: red; }',
    '#layer { marker-line-width: 2; marker-line-color: red }',
    '#layer { shield-name: [name]; shield-file: url(s.png); shield-face-name: "DejaVu Sans Book"; }',
    '#layer { text-name: [name]; text-face-name: "DejaVu Sans Book"; }',
    '#layer { text-name: [name]; text-clip: false; }',
    '#layer { line-clip: false; line-width: 1; [zoom>3] { line-width: 2; } }',
    '#layer { line-width: 1 }',
    '#layer { line-width: 1; /* c */ }',
    '#layer { line-width: 1 /* c */ }',
    '/* head */ #layer { polygon-fill: #fff; }\n// line comment\n#layer::a { line-color: #000; }',
    '@c: #f00;\n#layer { polygon-fill: @c; }',
    '#layer { [mapnik-geometry-type=1] { marker-fill: red; } }',
    '#layer[mapnik-geometry-type=3] { polygon-fill: red; }',
    '#layer { polygon-fill: red; \n  line-color: blue;\n}\n',
    '#layer { text-name: "a;b{c}"; }',
    '#layer { image-filters: agg-stack-blur(2,2); polygon-fill: red; }',
    '#layer { background: url(http://x/y.png); polygon-fill: red; }',
    '#layer { polygon-fill: red; ',
    '#layer { polygon-fill: red; } }',
    '#layer { foo }',
    'Map { background-color: #fff; }\n#layer { polygon-fill: red; }',
    '#layer { marker-width: 2; [zoom>3] { marker-fill: red; } }',
    '#layer {\n  marker-width: 10;\n  marker-fill: #FF6600;\n  marker-line-color: #FFF;\n  marker-allow-overlap: true;\n}',
    '#layer {\t marker-width :\t 7 ; }',
    '#layer { marker-width: 5px; }',
    '#layer { marker-width: [size]; }',
    '',
    '   ',
    '#layer { line-color: "unclosed; }',
]
VERSIONS = ['2.0.0', '2.0.1', '2.0.2', '2.0.4', '2.1.0', '2.1.1', '2.2.0', '2.3.0', '3.0.12', '3.0.15',
            '3.0.0', '2.4.0', '1.0.0', 'abc', ' 2.0.0']

cases = []
for to in ['3.0.15', '2.1.0', '2.1.1', '3.0.12']:
    for s in STYLES:
        for v in (VERSIONS if to == '3.0.15' else ['2.0.0', '2.0.1', '2.0.3', '2.3.0']):
            case = {'css': s, 'from': v, 'to': to}
            try:
                case['expected'] = ct.transform(s, v, to)
            except ct.TransformError as e:
                case['error'] = str(e)
            cases.append(case)
import random
rnd = random.Random(5)
numbers = [0.1, 1.15, 2.5e-7, 1e21, 123456.789, 1/3, 5e-324, 1.7976931348623157e308, 9007199254740993.0 / 3]
numbers += [rnd.uniform(-1e6, 1e6) for _ in range(300)] + [rnd.random() * 10 ** rnd.randint(-30, 30) for _ in range(300)]
cases.append({'numbers': [[repr(x), ct._js_num_str(x)] for x in numbers]})
json.dump(cases, sys.stdout, indent=1, ensure_ascii=False)
