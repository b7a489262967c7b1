// Expected output of carto 0.16.3 for PerceptualColorTest and FontValidationTest.
// Regenerate: node gen.js > cases.json   (carto from /work/shared/tools/refrender/carto-npm)
const carto = require('/work/shared/tools/refrender/carto-npm/node_modules/carto');
const C = ['#336699', '#ff0000', '#808080', '#000', '#fff', 'rgba(10,200,30,0.4)', 'hsl(200,40%,30%)',
  'husl(120,50%,50%)', 'husl(10,100%,80%)', 'husla(300,30%,60%,0.25)', 'husl(0,0%,50%)'];
const E = [];
for (const c of C) {
  for (const f of ['lightenp', 'darkenp', 'saturatep', 'desaturatep', 'fadeinp', 'fadeoutp', 'spinp',
                   'lighten', 'darken', 'saturate', 'desaturate', 'fadeout', 'spin'])
    for (const a of ['10%', '35%', '-20']) E.push(`polygon-fill: ${f}(${c}, ${a});`);
  E.push(`polygon-fill: greyscalep(${c});`, `polygon-fill: greyscale(${c});`);
  E.push(`line-width: huep(${c});`, `line-width: saturationp(${c});`, `line-width: lightnessp(${c});`);
  E.push(`line-width: hue(${c});`, `line-width: alpha(${c});`);
  E.push(`polygon-fill: mix(${c}, husl(200,60%,40%), 30%);`, `polygon-fill: mix(husl(200,60%,40%), ${c}, 70%);`,
         `polygon-fill: mix(${c}, #123456, 50%);`);
  E.push(`polygon-fill: ${c} + #111;`, `polygon-fill: ${c} * 2;`, `polygon-fill: ${c} - 20;`, `polygon-fill: 2 * ${c};`);
}
for (let h = 0; h <= 360; h += 15) for (const s of [0, 25, 100]) for (const l of [0, 1e-9, 20, 50, 99.99999999, 100])
  E.push(`polygon-fill: husl(${h}, ${s}%, ${l}%);`);
E.push('polygon-fill: husl(400, 150%, -5%);', 'polygon-fill: husl(120, 0.5, 0.5);', 'polygon-fill: husla(120, 50%, 50%, 0.333);',
       'polygon-fill: husl(a, 50%, 50%);', 'polygon-fill: husl(1, 2);', 'polygon-fill: lightenp(3, 10%);',
       'polygon-fill: husla(10, 50%, 50%, 50%);', 'line-width: saturation(husl(10,50%,50%));');
const cases = [];
function run(css, fonts) {
  const mml = {Stylesheet: [{id: 's.mss', data: css}], srs: '+init=epsg:3857',
    Layer: [{id: 'layer', name: 'layer', srs: '+init=epsg:3857', Datasource: {type: 'csv', inline: 'x\n1'}}]};
  const c = {css: css};
  if (fonts) c.fonts = fonts;
  try {
    c.xml = new carto.Renderer(fonts ? {validation_data: {fonts: fonts}} : {}, {mapnik_version: '3.0.15'}).render(mml);
  } catch (e) {
    const one = Array.isArray(e) ? e[0] : e;
    c.error = (one.line !== undefined ? one.line + ':' + one.column + ' ' : '') + one.message;
  }
  cases.push(c);
}
for (const e of E) run('#layer { ' + e + ' }');
const F = ['DejaVu Sans Book', 'DejaVu Sans Bold'];
for (const t of ['"Dejagnu Book"', '"DejaVu Sans Book"', '"Dejagnu Book", "DejaVu Sans Book"', '"X", "Y"',
                 'Dejagnu', '"DejaVu Sans Bold"', '@f'])
  for (const fonts of [F, [], null]) {
    run('@f: "Nope";\n#layer {\n  text-name: [x];\n  text-face-name: ' + t + ';\n}', fonts);
    run('#layer { shield-name: [x]; shield-file: url(a.png); shield-face-name: ' + t + '; }', fonts);
  }
console.log(JSON.stringify(cases, null, 1));
