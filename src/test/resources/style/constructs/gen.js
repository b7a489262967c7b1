// Golden construct corpus: small stylesheets covering the CartoCSS language, each compiled by
// carto 0.16.3 for Mapnik 3.0.15 as Windshaft compiles a layer's style (one stylesheet "style0",
// one layer "layer"). Writes [{name, css, class?, xml | error}] (error: carto's message, one line
// per error, each "style0:LINE:COLUMN message"). CartoConstructCorpusTest compares Windlass with it.
// Regenerate: node gen.js > cases.json   (see README.md)
const carto = require('/work/shared/tools/refrender/carto-npm/node_modules/carto');

const T = 'text-face-name: "DejaVu Sans Book";';
const CASES = [
  // comments
  ['comment-block-and-line', '/* header */\n#layer { /* inline */ line-width: 2; // trailing\n  line-color: red; }\n// end'],
  ['comment-between-selectors', '#layer /* a */, /* b */ #layer::glow { line-width: 1; }'],
  ['comment-multiline-block', '/*\n * #layer { line-width: 9; }\n */\n#layer { line-width: 1; }'],
  ['comment-in-value', '#layer { line-width: /* w */ 2; line-color: /* c */ blue; }'],

  // variables
  ['variable-basic', '@w: 2;\n@c: #123;\n#layer { line-width: @w; line-color: @c; }'],
  ['variable-defined-after-use', '#layer { line-width: @w; }\n@w: 3;'],
  ['variable-of-variable-arithmetic', '@a: 2;\n@b: @a * 3 + 1;\n#layer { line-width: @b; line-offset: @a / 4; }'],
  ['variable-redefined-first-wins', '@a: 1;\n@a: 2;\n#layer { line-width: @a; }'],
  ['variable-in-filter', '@v: 5;\n@s: "road";\n#layer[a > @v][type = @s] { line-width: 1; }'],
  ['variable-in-zoom', '@z: 10;\n#layer[zoom >= @z] { line-width: 1; }'],
  ['variable-list', '@dash: 2, 4;\n#layer { line-dasharray: @dash; }'],
  ['variable-string-in-expression', '@suffix: " km";\n#layer { text-name: [d] + @suffix; ' + T + ' }'],
  ['variable-colour-function', '@base: #3366cc;\n@dark: darken(@base, 20%);\n#layer { line-color: @dark; polygon-fill: lighten(@base, 10%); }'],
  ['variable-undefined', '#layer { line-width: @nope; line-color: @nada; }'],
  ['variable-local-in-block', '@c: red;\n#layer { @c: green; polygon-fill: @c; }'],

  // nested rulesets
  ['nested-filter-zoom-attachment', '#layer {\n  line-width: 1;\n  [type = "a"] {\n    line-width: 2;\n    [zoom >= 10] { line-width: 3; ::casing { line-width: 5; } }\n  }\n}'],
  ['nested-selector-lists', '#layer[a = 1], #layer[a = 2] {\n  line-width: 1;\n  [b = 1], [b = 2] { line-color: red; }\n}'],
  ['nested-attachment-in-attachment', '#layer::a { line-width: 1; ::b { line-width: 2; } }'],
  ['nested-impossible-combination', '#layer[a = 1] { line-width: 1; [a = 2] { line-width: 2; } [a != 1] { line-width: 3; } }'],
  ['nested-same-filter-twice', '#layer[a = 1] { line-width: 1; [a = 1] { line-color: red; } }'],

  // elements
  ['element-other-id', '#layer { line-width: 1; }\n#other { line-width: 2; }'],
  ['element-class-with-class', '.cls { line-width: 1; }\n#layer { line-color: red; }', 'cls'],
  ['element-class-without-class', '.cls { line-width: 1; }\n#layer { line-color: red; }'],
  ['element-id-and-class', '#layer.cls { line-width: 2; }\n#layer { line-width: 1; }\n.cls.other { line-width: 3; }', 'cls other'],
  ['element-map', 'Map { background-color: #ff0000; buffer-size: 32; }\n#layer { line-width: 1; }'],
  ['element-wildcard-never-applies', '* { line-width: 1; }\n#layer { line-color: red; }'],
  ['element-wildcard-in-list', '#layer, * { line-width: 1; }\n* { line-color: red; }'],
  ['element-wildcard-after-id', '#layer * { line-width: 1; }\n#layer { line-color: red; }'],
  ['element-wildcard-bad-rule-silent', '* { polygon-fil: red; }\n#layer { line-width: 1; }'],

  // selector lists
  ['selector-list-attachments', '#layer, #layer::glow { line-width: 1; }'],
  ['selector-list-filters', '#layer[a = 1], #layer[b = 2] { line-width: 1; }\n#layer { line-width: 3; }'],

  // filters
  ['filter-eq-number', '#layer[a = 1] { line-width: 1; }'],
  ['filter-ne-number', '#layer[a != 1] { line-width: 1; }'],
  ['filter-gt-lt', '#layer[a > 1][a < 10] { line-width: 1; }'],
  ['filter-ge-le', '#layer[a >= 1][a <= 10] { line-width: 1; }'],
  ['filter-regex', '#layer[name =~ "^A.*"] { line-width: 1; }\n#layer[code =~ \'[0-9]+\'] { line-width: 2; }'],
  ['filter-string-quotes', '#layer[a = "x"] { line-width: 1; }\n#layer[b != \'y\'] { line-width: 2; }'],
  ['filter-quoted-field', '#layer["my field" = 1] { line-width: 1; }\n#layer[\'other\' = "x"] { line-width: 2; }'],
  ['filter-keyword-value', '#layer[type = primary] { line-width: 1; }'],
  ['filter-null', '#layer[a = null] { line-width: 1; }\n#layer[b != null] { line-width: 2; }'],
  ['filter-booleans', '#layer[a = true] { line-width: 1; }\n#layer[b = false] { line-width: 2; }'],
  ['filter-field-value', '#layer[a = [b]] { line-width: 1; }'],
  ['filter-negative-decimal', '#layer[a > -1.5][b < 2e3] { line-width: 1; }'],
  ['filter-string-ordering-error', '#layer[b >= "m"] { line-width: 1; }'],
  ['filter-contradiction-error', '#layer[a = 1][a = 2] { line-width: 1; }'],
  ['filter-redundant', '#layer[a > 1][a > 5] { line-width: 1; }\n#layer[b != 1][b != 2] { line-width: 2; }'],
  ['filter-geometry-type', '#layer[mapnik::geometry_type = 1] { marker-width: 1; }\n#layer { line-width: 1; }'],
  ['filter-geometry-type-keyword', '#layer[mapnik::geometry_type = polygon] { polygon-fill: red; }'],
  ['filter-field-key', '#layer[[a] = 1] { line-width: 1; }'],
  ['filter-geometry-type-silent', '#layer[mapnik::geometry_type=1] { line-width: 1 }\n#layer { line-color: red }'],
  ['filter-regex-and-eq-same-field', '#layer[a =~ "x.*"][a = "xy"] { line-width: 1; }'],
  ['filter-numeric-string', '#layer[a = "1"] { line-width: 1; }\n#layer[a = 1] { line-width: 2; }'],
  ['filter-spaces', '#layer[ a=1 ][ b = "x" ] { line-width: 1; }'],

  // zoom
  ['zoom-eq', '#layer[zoom = 5] { line-width: 1; }'],
  ['zoom-range', '#layer[zoom > 3][zoom < 8] { line-width: 1; }'],
  ['zoom-all-levels', '#layer[zoom >= 0] { line-width: 1; }\n#layer[zoom <= 25] { line-color: red; }'],
  ['zoom-cascade', '#layer { line-width: 1; [zoom >= 4] { line-width: 2; } [zoom = 6] { line-width: 3; } [zoom > 10][zoom <= 12] { line-width: 4; } }'],
  ['zoom-out-of-range', '#layer[zoom > 30] { line-width: 1; }'],
  ['zoom-empty-range', '#layer[zoom > 10][zoom < 5] { line-width: 1; }\n#layer { line-width: 2; }'],
  ['zoom-with-filters', '#layer[zoom >= 10][a = 1] { line-width: 2; }\n#layer[zoom < 12] { line-width: 1; }'],

  // instances
  ['instances', '#layer { a/line-width: 4; a/line-color: black; b/line-width: 2; b/line-color: white; }'],
  ['instances-default-and-named', '#layer { line-width: 1; top/line-width: 2; marker-width: 3; }'],
  ['instances-inherited', '#layer { a/line-width: 4; [x = 1] { a/line-color: red; b/line-width: 1; } }'],

  ['inheritance-zoom-and-filters', '#layer { line-width: 1; }\n#layer[zoom >= 5] { line-width: 2; }\n#layer[a = 1][zoom >= 8] { line-color: red; }\n#layer[a = 1] { line-opacity: 0.5; }'],
  ['filter-contradictory-range', '#layer[a > 1][a < 1] { line-width: 1; }\n#layer { line-width: 2; }'],
  ['filter-ne-then-eq', '#layer[a != 1][a = 2] { line-width: 1; }'],

  // strings, urls
  ['string-escapes', '#layer { text-name: "a\\"b\\\\c"; ' + T + ' }'],
  ['string-single-escape', "#layer { text-name: 'it\\'s'; " + T + ' }'],
  ['string-xml-characters', '#layer { text-name: "a & b < c"; ' + T + ' }'],
  ['string-field-concat', '#layer { text-name: [name] + " (" + [pop] + ")"; ' + T + ' }'],
  ['string-field-only', '#layer { text-name: [name]; ' + T + ' shield-name: [ref]; shield-file: url(shield.svg); shield-face-name: "DejaVu Sans Bold"; }'],
  ['url-forms', '#layer { marker-file: url(img/a.svg); line-pattern-file: url("b.png"); polygon-pattern-file: url(\'c d.png\'); point-file: url(http://x.org/p.png?a=1&b=2); }'],
  ['url-variable', '@icon: "icons/x.svg";\n#layer { marker-file: url(@icon); }'],

  // numbers, units, arithmetic
  ['numbers-units', '#layer { line-width: 2px; line-dasharray: 1cm, 2mm; text-size: 12pt; text-dx: 1pc; text-dy: 0.01m; text-name: [a]; ' + T + ' }'],
  ['numbers-percent', '#layer { line-opacity: 50%; polygon-opacity: 10% + 20%; }'],
  ['numbers-arithmetic', '#layer { line-width: 2px + 3; line-offset: 10 / 4; marker-width: 3 * (2 + 1); marker-height: 10 % 3; line-miterlimit: 2 - -3; }'],
  ['numbers-precedence', '#layer { line-width: 1 + 2 * 3; line-offset: (1 + 2) * 3; marker-width: 8 / 2 / 2; }'],
  ['numbers-decimals', '#layer { line-width: .5; line-opacity: 0.333333333333; marker-width: 1e2; line-offset: -0.25; }'],
  ['numbers-javascript-formatting', '#layer { line-width: 0.1 + 0.2; line-offset: 1e21; marker-width: 1 / 3; line-miterlimit: 0.000001; }'],
  ['numbers-field-arithmetic', '#layer { marker-line-width: 0.5 * [w]; marker-width: [w] - 2; }'],
  ['variable-chain-forward', '@a: @b;\n@b: @c + 1;\n@c: 2;\n#layer { line-width: @a; }'],
  ['variable-font-list', '@fonts: "DejaVu Sans Book", "DejaVu Sans Bold";\n#layer { text-name: [n]; text-face-name: @fonts; }'],
  ['colour-times-percent', '#layer { polygon-fill: #ffffff * 50%; line-color: #101010 / 2; }'],
  ['numbers-bad-unit', '#layer { line-width: 1foo; }'],
  ['numbers-inches', '#layer { line-width: 1in; }'],
  ['numbers-unsigned-rounding', '#layer { text-name: [a]; ' + T + ' text-wrap-width: 10.6; text-spacing: 2.4; }'],

  // colours
  ['colour-hex', '#layer { line-color: #abc; polygon-fill: #A1B2C3; marker-fill: #00ff0080; }'],
  ['colour-functional', '#layer { polygon-fill: rgb(10,20,30); line-color: rgba(10,20,30,0.5); marker-fill: hsl(120,50%,50%); marker-line-color: hsla(120,50%,50%,0.3); }'],
  ['colour-rgb-percent-and-clamp', '#layer { polygon-fill: rgb(300, -5, 50%); line-color: rgba(0, 0, 0, 2); }'],
  ['colour-named', '#layer { polygon-fill: steelblue; line-color: transparent; marker-fill: red; marker-line-color: darkolivegreen; }'],
  ['colour-named-unknown', '#layer { polygon-fill: rebeccapurple; }'],
  ['colour-lighten-darken', '#layer { polygon-fill: lighten(#336699, 20%); line-color: darken(#336699, 20%); }'],
  ['colour-saturate-desaturate', '#layer { polygon-fill: saturate(#808080, 30%); line-color: desaturate(#ff0000, 50%); }'],
  ['colour-fade', '#layer { polygon-fill: fadein(rgba(0,0,0,0.5), 10%); line-color: fadeout(#ff0000, 25%); }'],
  ['colour-spin-mix-greyscale', '#layer { polygon-fill: spin(#ff0000, 120); line-color: mix(#ff0000, #0000ff, 25%); marker-fill: greyscale(#ff8800); }'],
  ['colour-channels', '#layer { line-width: hue(#ff8800); line-opacity: saturation(#ff8800); marker-width: lightness(#ff8800); marker-opacity: alpha(rgba(0,0,0,0.25)); }'],
  ['colour-husl', '#layer { polygon-fill: husl(120, 50%, 50%); line-color: husla(300, 30%, 60%, 0.25); marker-fill: lightenp(#336699, 10%); }'],
  ['colour-perceptual-functions', '#layer { polygon-fill: darkenp(#336699, 10%); line-color: saturatep(#808080, 20%); marker-fill: desaturatep(#ff0000, 20%); marker-line-color: spinp(#ff0000, 30); }'],
  ['colour-perceptual-fade-grey', '#layer { polygon-fill: fadeinp(rgba(0,0,0,0.5), 10%); line-color: fadeoutp(#ff0000, 25%); marker-fill: greyscalep(#ff8800); line-width: huep(#ff8800); line-opacity: saturationp(#ff8800); marker-width: lightnessp(#ff8800); }'],
  ['colour-arithmetic', '#layer { polygon-fill: #111 + #222; line-color: #888 * 2; marker-fill: #fff - 16; }'],
  ['colour-function-bad-arity', '#layer { polygon-fill: lighten(red); }'],
  ['colour-function-bad-argument', '#layer { polygon-fill: lighten(3, 10%); }'],
  ['replace-function-field', '#layer { text-name: replace([name], "x&y", 1.50); ' + T + ' }'],
  ['replace-function-expression', '#layer { text-name: replace([name] + "x", "a", "b"); ' + T + ' }'],
  ['replace-function-string-crash', '#layer { text-name: replace("abc", "a", "b"); ' + T + ' }'],
  ['replace-function-arity', '#layer { text-name: replace([name], "a"); ' + T + ' }'],

  ['format-function', '#layer { text-name: %("%s km %d", "a&b", 3); ' + T + ' }'],
  ['string-concatenation', '#layer { text-name: "a" + "b" + [c] + 1; ' + T + ' shield-name: [n] + " " + [m]; shield-file: url(s.png); shield-face-name: "DejaVu Sans Bold"; }'],
  ['colour-mix-default-weight-error', '#layer { polygon-fill: mix(red, blue); }'],
  ['colour-variables-in-functions', '@c: #808080;\n@p: 30%;\n#layer { polygon-fill: saturate(@c, @p); line-color: spin(lighten(@c, 10%), -45); }'],

  // lists, keywords
  ['list-dasharray', '#layer { line-dasharray: 5, 3, 2, 3; }'],
  ['list-fontset', '#layer { text-name: [a]; text-face-name: "DejaVu Sans Book", "DejaVu Sans Bold"; }\n#layer::b { text-name: [a]; text-face-name: "DejaVu Sans Bold", "DejaVu Sans Book"; }'],
  ['keywords', '#layer { line-join: round; line-cap: square; marker-placement: line; text-name: [a]; ' + T + ' text-placement: line; text-transform: uppercase; }'],
  ['keyword-invalid', '#layer { line-join: foo; }'],
  ['booleans', '#layer { marker-allow-overlap: true; marker-ignore-placement: false; line-clip: false; }'],

  // Mapnik expressions and functions
  ['expression-fields-arithmetic', '#layer { marker-width: [size] * 2; marker-height: [size] + 1; text-name: [a]; ' + T + ' text-size: [pop] / 1000; }'],
  ['expression-transform', '#layer { marker-transform: rotate(45); marker-geometry-transform: translate(1, 2); point-file: url(p.png); point-transform: matrix(1,0,0,1,0,0); }'],
  ['expression-transform-list', '#layer { marker-transform: rotate(45), scale(2); }'],
  ['expression-transform-space-separated', '#layer { marker-transform: rotate(45) scale(2); }'],
  ['expression-transform-field', '#layer { marker-transform: rotate([angle]); }'],
  ['image-filters-all', '#layer { image-filters: agg-stack-blur(2,2), emboss(), blur(), gray(), sobel(), edge-detect(), x-gradient(), y-gradient(), invert(), sharpen(); line-width: 1; }'],
  ['image-filters-colorize', '#layer { image-filters: colorize-alpha(red, blue), color-to-alpha(#fff), scale-hsla(0,1,0,1,0,1,0,1), color-blind-protanope(); line-width: 1; }'],
  ['unknown-function', '#layer { polygon-fill: foo(1); }'],
  ['mapnik-function-wrong-arity', '#layer { image-filters: agg-stack-blur(1); line-width: 1; }'],

  // style-level properties
  ['style-properties', '#layer { image-filters: agg-stack-blur(2,2), emboss(); direct-image-filters: invert(); image-filters-inflate: true; comp-op: multiply; opacity: 0.5; line-width: 1; }'],
  ['style-properties-defaults-omitted', '#layer { comp-op: src-over; opacity: 1; line-width: 1; }'],
  ['style-properties-only', '#layer { opacity: 0.3; }\n#layer::x { comp-op: darken; }'],
  ['style-properties-per-attachment', '#layer { opacity: 0.5; line-width: 1; ::glow { comp-op: screen; line-width: 3; } }'],
  ['style-image-filters-repeated', '#layer { image-filters: blur(); line-width: 1; [a = 1] { image-filters: emboss(); } }'],
  ['symbolizer-comp-op', '#layer { line-comp-op: multiply; polygon-comp-op: src-over; marker-comp-op: overlay; }'],

  // specificity, tie-breaks, inheritance
  ['specificity-id-over-class', '.cls { line-width: 1; }\n#layer { line-width: 2; }', 'cls'],
  ['specificity-conditions', '#layer[a = 1] { line-width: 2; }\n#layer { line-width: 1; }\n#layer[a = 1][b = 2] { line-width: 3; }'],
  ['specificity-order-tie', '#layer { line-width: 1; }\n#layer { line-width: 2; }'],
  ['specificity-order-tie-filters', '#layer[b = 1] { line-width: 2; }\n#layer[a = 1] { line-width: 1; }'],
  ['inheritance-split', '#layer { line-width: 1; line-color: red; }\n#layer[a = 1] { line-color: blue; }\n#layer[b = 2] { line-width: 3; }'],
  ['inheritance-zoom', '#layer { line-width: 1; [zoom >= 5] { line-color: red; } [zoom >= 10] { line-width: 2; } }'],
  ['inheritance-attachment-separate', '#layer { line-width: 1; }\n#layer::a { line-color: red; }'],
  ['inheritance-ne-and-eq', '#layer[a != 1] { line-width: 1; }\n#layer[a = 2] { line-color: red; }'],

  // attachment order
  ['attachment-order', '#layer::b { line-width: 2; }\n#layer { line-width: 1; }\n#layer::a { line-width: 3; }'],
  ['attachment-order-nested', '#layer { ::bottom { line-width: 5; } line-width: 1; ::top { line-width: 0.5; } }'],
  ['attachment-second-name', '#layer::a::b { line-width: 1; }'],
  ['attachment-slash-name', '#layer::a/b { line-width: 1; }'],

  // symbolizer order, required properties, raster
  ['symbolizer-order', '#layer { marker-width: 2; line-width: 1; polygon-fill: red; line-color: blue; }'],
  ['symbolizer-required-missing', '#layer { text-name: [name]; }'],
  ['symbolizer-all-kinds', '#layer { building-height: 5; dot-fill: red; debug-mode: "collision"; polygon-pattern-file: url(p.png); line-pattern-file: url(l.png); point-file: url(q.png); }'],
  ['raster-colorizer', '#layer { raster-opacity: 1; raster-scaling: bilinear; raster-colorizer-default-mode: linear; raster-colorizer-default-color: transparent; raster-colorizer-stops: stop(0, red) stop(10, blue, exact) stop(20, #fff, discrete); }'],

  // Map block
  ['map-properties', 'Map { background-color: red; srs: "+proj=merc"; buffer-size: 32; font-directory: url(fonts/); base: "b"; maximum-extent: "1,2,3,4"; background-image: url(a.png); background-image-opacity: 0.5; background-image-comp-op: multiply; }\n#layer { line-width: 1; }'],
  ['map-two-blocks', 'Map { buffer-size: 32; background-color: blue; }\nMap { buffer-size: 64; }\n#layer { line-width: 1; }'],
  ['map-with-zoom', 'Map { background-color: red; }\nMap[zoom > 3] { background-color: blue; }\n#layer { line-width: 1; }'],
  ['map-not-allowed', 'Map { line-color: red; }\n#layer { line-width: 1; }'],
  ['map-properties-without-css-name', 'Map { paths-from-xml: true; minimum-version: "3.0.0"; }\n#layer { line-width: 1; }'],
  ['map-property-in-layer', '#layer { background-color: red; line-width: 1; }'],

  // errors, several at once
  ['errors-several', '#layer { polygon-fil: red; line-widht: 2; xxx; }\n#layer { line-join: foo; }'],
  ['errors-multiline-positions', '#layer {\n  polygon-fill: @a;\n  line-width: 1foo;\n  marker-fill: lighten(red);\n}'],
  ['errors-invalid-code', '#layer { xxxxx; }'],
  ['errors-missing-closing-brace', '#layer { line-width: 1;'],
  ['errors-missing-opening-brace', '#layer { line-width: 1; }}'],
  ['errors-percent-operands', '#layer { line-opacity: 50% * 2; }'],
  ['errors-unrecognized-no-suggestion', '#layer { zzzzzzzzzzzz: 1; }'],
];

function run(name, css, cls) {
  const mml = {
    Stylesheet: [{id: 'style0', data: css}], srs: '+init=epsg:3857',
    Layer: [{id: 'layer', name: 'layer', class: cls || '', srs: '+init=epsg:3857',
      Datasource: {type: 'csv', inline: 'x\n1'}}]};
  const c = {name: name, css: css};
  if (cls) c.class = cls;
  try {
    c.xml = new carto.Renderer({}, {mapnik_version: '3.0.15'}).render(mml);
  } catch (e) {
    c.error = e.message;
  }
  return c;
}

const names = new Set();
const out = CASES.map(([name, css, cls]) => {
  if (names.has(name)) throw new Error('duplicate case ' + name);
  names.add(name);
  return run(name, css, cls);
});
console.log(JSON.stringify(out, null, 1));
