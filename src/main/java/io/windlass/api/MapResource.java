package io.windlass.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.windlass.account.Credentials;
import io.windlass.error.WindlassException;
import io.windlass.mapconfig.JsonText;
import io.windlass.service.LayergroupService;
import io.windlass.service.Tile;
import io.windlass.service.TileRequest;
import io.windlass.service.TileService;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.regex.Pattern;

/**
 * Anonymous maps: layergroup creation ({@code POST}, JSONP {@code GET}) and their tiles, under
 * {@code /api/v1/map} and {@code /user/:user/api/v1/map}.
 */
@Path("{prefix: (user/[^/]+/)?}api/v1/map")
public class MapResource {
  /** CARTO's body-parser allows 100 kB; Windlass allows more, and answers 413 beyond. */
  static final int MAX_BODY_BYTES = 1 << 20;

  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern SIGNED_DIGITS = Pattern.compile("-?\\d+");
  private static final Pattern JSON_TYPE =
      Pattern.compile("^application/json\\s*(;.*)?$", Pattern.CASE_INSENSITIVE);

  @Inject Callers callers;
  @Inject LayergroupService layergroups;
  @Inject TileService tiles;
  @Context UriInfo uri;
  @Context HttpServletRequest servlet;
  @Context HttpHeaders headers;

  @POST
  public Response createPost(
      @PathParam("prefix") String prefix,
      @HeaderParam("Content-Type") String contentType,
      InputStream body) {
    RequestParams params = RequestParams.of(uri, servlet);
    if (contentType == null || !JSON_TYPE.matcher(contentType.trim()).matches()) {
      throw WindlassException.badRequest("POST data must be of type application/json");
    }
    String text = read(body);
    JsonNode json = text.isBlank() ? JsonText.MAPPER.createObjectNode() : JsonText.parse(text);
    return create(prefix, params, json, text(json, "api_key", "map_key"), false);
  }

  @GET
  public Response createGet(@PathParam("prefix") String prefix) {
    RequestParams params = RequestParams.of(uri, servlet);
    String config = params.get("config");
    if (config == null) {
      throw WindlassException.badRequest("layergroup GET needs a \"config\" parameter");
    }
    return create(prefix, params, JsonText.parse(config), null, true);
  }

  private Response create(
      String prefix, RequestParams params, JsonNode json, String bodyKey, boolean viaGet) {
    Credentials who = caller(prefix, params, bodyKey);
    ObjectNode config = json instanceof ObjectNode o ? o : JsonText.MAPPER.createObjectNode();
    var created = layergroups.create(who, config, mapUrl(prefix));
    var response =
        Responses.json(200, created.body(), params.get("callback"))
            .header("X-Layergroup-Id", created.layergroupId())
            .header("Carto-Map-Id", created.mapId())
            .header("Carto-Cache-Buster", Long.toString(created.cacheBuster()))
            .header("Vary", "Authorization");
    if (viaGet) {
      response
          .header("Cache-Control", "public,max-age=86400,must-revalidate")
          .header("Last-Modified", new Date());
    }
    return response.build();
  }

  @GET
  @Path("{token}/{z}/{x}/{tail}")
  public Response tile(
      @PathParam("prefix") String prefix,
      @PathParam("token") String token,
      @PathParam("z") String z,
      @PathParam("x") String x,
      @PathParam("tail") String tail) {
    return tile(prefix, token, null, z, x, tail);
  }

  @GET
  @Path("{token}/{layer}/{z}/{x}/{tail}")
  public Response layerTile(
      @PathParam("prefix") String prefix,
      @PathParam("token") String token,
      @PathParam("layer") String layer,
      @PathParam("z") String z,
      @PathParam("x") String x,
      @PathParam("tail") String tail) {
    return tile(prefix, token, layer, z, x, tail);
  }

  private Response tile(
      String prefix, String token, String layer, String z, String x, String tail) {
    RequestParams params = RequestParams.of(uri, servlet);
    int dot = tail.indexOf('.');
    if (dot < 0) return Response.status(404).build();
    String yPart = tail.substring(0, dot);
    String format = tail.substring(dot + 1);
    String scalePart = null;
    int at = yPart.indexOf('@');
    if (at >= 0) {
      scalePart = yPart.substring(at + 1);
      yPart = yPart.substring(0, at);
    }
    if (!DIGITS.matcher(z).matches()) {
      throw WindlassException.badRequest(
          "Invalid zoom value ("
              + z
              + "). It should be an integer number greather than or equal to 0");
    }
    if (!SIGNED_DIGITS.matcher(x).matches()) {
      throw WindlassException.badRequest(
          "Invalid coodinate 'x' value (" + x + "). It should be an integer number");
    }
    if (!DIGITS.matcher(yPart).matches()) {
      throw WindlassException.badRequest(
          "Invalid coodinate 'y' value ("
              + yPart
              + "). It should be an integer number greather than or equal to 0");
    }
    int zoom = parseBounded(z, 30);
    long col = parseLongBounded(x);
    int row = parseBounded(yPart, Integer.MAX_VALUE - 1);
    if (zoom < 0 || row < 0 || col == Long.MIN_VALUE) {
      throw WindlassException.badRequest("Coordinates out of range: " + z + "/" + x + "/" + yPart);
    }
    int scale = 1;
    if (scalePart != null) {
      if (!scalePart.matches("\\d{0,2}x")) {
        throw WindlassException.withStatus(404, "Tile with specified resolution not found");
      }
      scale =
          scalePart.length() == 1
              ? 1
              : Integer.parseInt(scalePart.substring(0, scalePart.length() - 1));
    }
    Credentials who = caller(prefix, params, null);
    Tile t = tiles.tile(new TileRequest(who, token, layer, zoom, col, row, scale, format));
    return Response.ok(t.bytes(), t.contentType())
        .header("Cache-Control", t.cacheControl())
        .header("Last-Modified", new Date(t.lastModifiedMillis()))
        .header("Vary", "Authorization")
        .header("Server-Timing", t.serverTiming())
        .build();
  }

  @OPTIONS
  public Response preflight() {
    return Response.ok().build();
  }

  @OPTIONS
  @Path("{any: .+}")
  public Response preflightAny() {
    return Response.ok().build();
  }

  private Credentials caller(String prefix, RequestParams params, String bodyKey) {
    return callers.identify(
        pathUser(prefix),
        headers.getHeaderString(HttpHeaders.HOST),
        headers.getHeaderString(HttpHeaders.AUTHORIZATION),
        params,
        bodyKey);
  }

  private static String pathUser(String prefix) {
    if (prefix == null || prefix.isEmpty()) return null;
    return prefix.substring("user/".length(), prefix.length() - 1);
  }

  /** The absolute URL of this map endpoint as the client addressed it. */
  private String mapUrl(String prefix) {
    String base = uri.getBaseUri().toString();
    if (!base.endsWith("/")) base += "/";
    return base + (prefix == null ? "" : prefix) + "api/v1/map";
  }

  /** -1 when {@code digits} exceeds {@code max}. */
  private static int parseBounded(String digits, int max) {
    if (digits.length() > 10) return -1;
    long v = Long.parseLong(digits);
    return v > max ? -1 : (int) v;
  }

  private static long parseLongBounded(String digits) {
    if (digits.length() > 18) return Long.MIN_VALUE;
    return Long.parseLong(digits);
  }

  private static String text(JsonNode json, String... keys) {
    for (String k : keys) {
      JsonNode v = json.get(k);
      if (v != null && v.isTextual() && !v.textValue().isEmpty()) return v.textValue();
    }
    return null;
  }

  private static String read(InputStream body) {
    if (body == null) return "";
    try {
      byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
      if (bytes.length > MAX_BODY_BYTES) {
        throw WindlassException.withStatus(413, "request entity too large");
      }
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw WindlassException.badRequest("Could not read the request body: " + e.getMessage());
    }
  }
}
