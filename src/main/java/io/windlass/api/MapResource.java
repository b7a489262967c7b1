package io.windlass.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.windlass.account.Credentials;
import io.windlass.config.Settings;
import io.windlass.error.WindlassException;
import io.windlass.mapconfig.JsonText;
import io.windlass.service.LayergroupService;
import io.windlass.service.Tile;
import io.windlass.service.TileService;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;

/**
 * Anonymous maps: layergroup creation ({@code POST}, JSONP {@code GET}) and their tiles, under
 * {@code /api/v1/map} and {@code /user/:user/api/v1/map}.
 */
@Path("{prefix: (user/[^/]+/)?}api/v1/map")
public class MapResource {

  /** How long clients and CDNs may keep a GET creation answer (CARTO's shipped layergroupTtl). */
  static final String LAYERGROUP_CACHE_CONTROL = "public,max-age=86400,must-revalidate";

  @Inject Callers callers;
  @Inject Settings settings;
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
    if (!RequestBodies.isJson(contentType)) {
      throw WindlassException.badRequest("POST data must be of type application/json");
    }
    String text = RequestBodies.read(body);
    JsonNode json = text.isBlank() ? JsonText.MAPPER.createObjectNode() : JsonText.parse(text);
    return create(prefix, params, json, RequestBodies.text(json, "api_key", "map_key"), false);
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
    Credentials who = callers.identify(prefix, headers, params, bodyKey);
    ObjectNode config = json instanceof ObjectNode o ? o : JsonText.MAPPER.createObjectNode();
    var created = layergroups.create(who, config, mapUrl(uri, prefix), null);
    var response =
        Responses.json(200, created.body(), params.get("callback"))
            .header("X-Layergroup-Id", created.layergroupId())
            .header("Carto-Map-Id", created.mapId())
            .header("Carto-Cache-Buster", Long.toString(created.cacheBuster()))
            .header("Vary", "Authorization");
    if (viaGet) {
      response
          .header("Cache-Control", LAYERGROUP_CACHE_CONTROL)
          .header("Last-Modified", CacheHeaders.lastModifiedWithoutToken(created.freshness()));
      CacheHeaders.channelAndKeys(response, created.freshness(), settings.dbName(), null);
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
    TileAddress address = TileAddress.parse(z, x, tail);
    if (address == null) return Response.status(404).build();
    Credentials who = callers.identify(prefix, headers, params, null);
    Tile t = tiles.tile(address.request(who, token, layer, params.all("auth_token")));
    return CacheHeaders.binary(
        t.bytes(),
        t.contentType(),
        t.freshness(),
        t.lastModifiedMillis(),
        settings.dbName(),
        null,
        t.serverTiming());
  }

  static String pathUser(String prefix) {
    if (prefix == null || prefix.isEmpty()) return null;
    return prefix.substring("user/".length(), prefix.length() - 1);
  }

  /** The absolute URL of the map endpoint as the client addressed it. */
  static String mapUrl(UriInfo uri, String prefix) {
    String base = uri.getBaseUri().toString();
    if (!base.endsWith("/")) base += "/";
    return base + (prefix == null ? "" : prefix) + "api/v1/map";
  }
}
