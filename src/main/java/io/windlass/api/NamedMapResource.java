package io.windlass.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.windlass.account.Account;
import io.windlass.account.Credentials;
import io.windlass.config.Settings;
import io.windlass.error.WindlassException;
import io.windlass.mapconfig.JsonText;
import io.windlass.service.NamedMapService;
import io.windlass.service.Tile;
import io.windlass.template.SurrogateKeys;
import io.windlass.template.TemplateIds;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;

/**
 * Named maps: template administration with the master key (create, list, get, update, delete),
 * instantiation (POST and JSONP) and direct tiles, under {@code /api/v1/map/named} and {@code
 * /user/:user/api/v1/map/named}.
 */
@Path("{prefix: (user/[^/]+/)?}api/v1/map/named")
public class NamedMapResource {
  @Inject Callers callers;
  @Inject NamedMapService named;
  @Inject Settings settings;
  @Context UriInfo uri;
  @Context HttpServletRequest servlet;
  @Context HttpHeaders headers;

  @POST
  public Response create(
      @PathParam("prefix") String prefix,
      @HeaderParam("Content-Type") String contentType,
      InputStream body) {
    RequestParams params = RequestParams.of(uri, servlet);
    String text = RequestBodies.read(body);
    Account account = admin(prefix, params, contentType, text, "create");
    JsonNode template = templateBody(contentType, text, "POST");
    var created = named.create(account, template);
    ObjectNode answer = JsonText.MAPPER.createObjectNode().put("template_id", created.name());
    if (created.limitMessage() != null) answer.put("limit_message", created.limitMessage());
    return json(params, answer);
  }

  @GET
  public Response list(@PathParam("prefix") String prefix) {
    RequestParams params = RequestParams.of(uri, servlet);
    Account account = admin(prefix, params, null, null, "list");
    ObjectNode body = JsonText.MAPPER.createObjectNode();
    var ids = body.putArray("template_ids");
    named.list(account).forEach(ids::add);
    return json(params, body);
  }

  @GET
  @Path("{template}")
  public Response get(@PathParam("prefix") String prefix, @PathParam("template") String id) {
    RequestParams params = RequestParams.of(uri, servlet);
    Account account = admin(prefix, params, null, null, "get");
    ObjectNode body = JsonText.MAPPER.createObjectNode();
    body.set("template", named.get(account, TemplateIds.nameOf(id)).stored());
    return json(params, body);
  }

  @PUT
  @Path("{template}")
  public Response update(
      @PathParam("prefix") String prefix,
      @PathParam("template") String id,
      @HeaderParam("Content-Type") String contentType,
      InputStream body) {
    RequestParams params = RequestParams.of(uri, servlet);
    String text = RequestBodies.read(body);
    Account account = admin(prefix, params, contentType, text, "update");
    JsonNode template = templateBody(contentType, text, "PUT");
    String name = TemplateIds.nameOf(id);
    named.update(account, name, template);
    return json(params, JsonText.MAPPER.createObjectNode().put("template_id", name));
  }

  @DELETE
  @Path("{template}")
  public Response delete(@PathParam("prefix") String prefix, @PathParam("template") String id) {
    RequestParams params = RequestParams.of(uri, servlet);
    Account account = admin(prefix, params, null, null, "delete");
    named.delete(account, TemplateIds.nameOf(id));
    return Response.noContent().build();
  }

  @POST
  @Path("{template}")
  public Response instantiate(
      @PathParam("prefix") String prefix,
      @PathParam("template") String id,
      @HeaderParam("Content-Type") String contentType,
      InputStream body) {
    RequestParams params = RequestParams.of(uri, servlet);
    String text = RequestBodies.read(body);
    Credentials who = callers.identify(prefix, headers, params, null);
    if (!RequestBodies.isJson(contentType)) {
      throw WindlassException.badRequest("POST data must be of type application/json");
    }
    JsonNode values = text.isBlank() ? JsonText.MAPPER.createObjectNode() : JsonText.parse(text);
    return instantiate(prefix, id, params, who, values, false);
  }

  @GET
  @Path("{template}/jsonp")
  public Response instantiateJsonp(
      @PathParam("prefix") String prefix, @PathParam("template") String id) {
    RequestParams params = RequestParams.of(uri, servlet);
    if (params.get("callback") == null) {
      throw WindlassException.badRequest(
          "callback parameter should be present and be a function name");
    }
    Credentials who = callers.identify(prefix, headers, params, null);
    JsonNode values = params.json("config", "Invalid config parameter, should be a valid JSON");
    return instantiate(prefix, id, params, who, values, true);
  }

  private Response instantiate(
      String prefix,
      String id,
      RequestParams params,
      Credentials who,
      JsonNode values,
      boolean viaGet) {
    String name = TemplateIds.nameOf(id);
    var instance = named.instantiate(who, name, values, params.all("auth_token"), mapUrl(prefix));
    var created = instance.created();
    String namedKey = SurrogateKeys.named(who.account().name(), name);
    var response =
        Responses.json(200, created.body(), params.get("callback"))
            .header("X-Layergroup-Id", created.layergroupId())
            .header("Carto-Template-Hash", instance.template().hash8())
            .header("Vary", "Authorization");
    if (viaGet) {
      response
          .header("Cache-Control", MapResource.LAYERGROUP_CACHE_CONTROL)
          .header("Last-Modified", CacheHeaders.lastModifiedWithoutToken(created.freshness()));
      CacheHeaders.channelAndKeys(response, created.freshness(), settings.dbName(), namedKey);
    } else {
      response.header("Surrogate-Key", namedKey);
    }
    return response.build();
  }

  @GET
  @Path("{template}/{layer}/{z}/{x}/{tail}")
  public Response tile(
      @PathParam("prefix") String prefix,
      @PathParam("template") String id,
      @PathParam("layer") String layer,
      @PathParam("z") String z,
      @PathParam("x") String x,
      @PathParam("tail") String tail) {
    RequestParams params = RequestParams.of(uri, servlet);
    TileAddress address = TileAddress.parse(z, x, tail);
    if (address == null) return Response.status(404).build();
    Credentials who = callers.identify(prefix, headers, params, null);
    JsonNode values = params.json("config", "malformed config parameter, should be a valid JSON");
    String filter = params.get("layer") != null ? params.get("layer") : layer;
    String name = TemplateIds.nameOf(id);
    var req = address.request(who, null, filter, params.all("auth_token"));
    Tile t = named.tile(who, name, values, req, mapUrl(prefix));
    return CacheHeaders.binary(
        t.bytes(),
        t.contentType(),
        t.freshness(),
        t.lastModifiedMillis(),
        settings.dbName(),
        SurrogateKeys.named(who.account().name(), name),
        t.serverTiming());
  }

  /** The account, if the request carries its master key: CARTO's admin checks and messages. */
  private Account admin(
      String prefix, RequestParams params, String contentType, String bodyText, String action) {
    String bodyKey = null;
    // CARTO parses only JSON bodies, so only they can carry a key.
    if (bodyText != null && !bodyText.isBlank() && RequestBodies.isJson(contentType)) {
      try {
        bodyKey = RequestBodies.text(JsonText.parse(bodyText), "api_key", "map_key");
      } catch (WindlassException e) {
        // A body that is not JSON carries no key; its own error comes after authentication.
      }
    }
    return callers.administrator(prefix, headers, params, bodyKey, action);
  }

  private static JsonNode templateBody(String contentType, String text, String method) {
    if (!RequestBodies.isJson(contentType) || text.isBlank()) {
      throw WindlassException.badRequest(
          method + " template data must be of type application/json");
    }
    return JsonText.parse(text);
  }

  private Response json(RequestParams params, JsonNode body) {
    return Responses.json(200, body, params.get("callback"))
        .header("Vary", "Authorization")
        .build();
  }

  private String mapUrl(String prefix) {
    return MapResource.mapUrl(uri, prefix);
  }
}
