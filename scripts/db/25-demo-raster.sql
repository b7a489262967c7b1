-- Demo rasters for geom_type: raster layers (Mapnik's pgraster in CARTO), made
-- from expressions so that they are the same everywhere; run by the sandbox
-- superuser after the demo data, before 30-demo-finish.sql hands them over.
--   raster_demo_rgb:       3 bands 8BUI (red = column, green = row, blue
--                          stripes), 256 x 256 pixels of 10 km over western
--                          Europe, nodata 0, in 64 x 64 tiles;
--   raster_demo_elevation: 1 band 16BUI, the distance in pixels from the
--                          raster's centre times 4 (0-724), nodata 0 at the
--                          centre, same grid and tiles.
-- Both keep their rasters in the_raster_webmercator (EPSG:3857).

\set ON_ERROR_STOP 1
BEGIN;
CREATE EXTENSION IF NOT EXISTS postgis_raster;

DROP TABLE IF EXISTS raster_demo_rgb;
DROP TABLE IF EXISTS raster_demo_elevation;

CREATE TEMP TABLE raster_demo_grid AS
  SELECT ST_AddBand(ST_MakeEmptyRaster(256, 256, -1200000, 8400000, 10000, -10000, 0, 0, 3857),
                    '8BUI'::text, 0) AS r;

CREATE TABLE raster_demo_rgb AS
  SELECT row_number() OVER ()::integer AS cartodb_id, t AS the_raster_webmercator
    FROM (SELECT ST_Tile(
                   ST_AddBand(
                     ST_AddBand(
                       ST_MapAlgebra(r, 1, '8BUI', '[rast.x] - 1', 0),
                       ST_MapAlgebra(r, 1, '8BUI', '[rast.y] - 1', 0)),
                     ST_MapAlgebra(r, 1, '8BUI', '64 + (([rast.x] + [rast.y]) % 8) * 24', 0)),
                   64, 64) AS t
            FROM raster_demo_grid) tiles;

CREATE TABLE raster_demo_elevation AS
  SELECT row_number() OVER ()::integer AS cartodb_id, t AS the_raster_webmercator
    FROM (SELECT ST_Tile(
                   ST_MapAlgebra(r, 1, '16BUI',
                                 'round(4 * sqrt(([rast.x] - 128.5)^2 + ([rast.y] - 128.5)^2))', 0),
                   64, 64) AS t
            FROM raster_demo_grid) tiles;

CREATE INDEX ON raster_demo_rgb USING gist (ST_ConvexHull(the_raster_webmercator));
CREATE INDEX ON raster_demo_elevation USING gist (ST_ConvexHull(the_raster_webmercator));
COMMIT;
