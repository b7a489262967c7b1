package io.windlass.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.windlass.account.Credentials;
import io.windlass.config.Settings;
import io.windlass.error.WindlassException;
import io.windlass.service.StaticMapService;
import io.windlass.service.StaticMapService.StaticImage;
import io.windlass.template.TemplateIds;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Static maps: {@code /static/center/:token/:z/:lat/:lng/:width/:height.:format}, {@code
 * /static/bbox/:token/:west,:south,:east,:north/:width/:height.:format} and {@code
 * /static/named/:template/:width/:height.:format}, each also with {@code @2x} after the height.
 */
@Path("{prefix: (user/[^/]+/)?}api/v1/map/static")
public class StaticMapResource {
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

  @Inject Callers callers;
  @Inject StaticMapService statics;
  @Inject Settings settings;
  @Context UriInfo uri;
  @Context HttpServletRequest servlet;
  @Context HttpHeaders headers;

  @GET
  @Path("center/{token}/{z}/{lat}/{lng}/{width}/{tail}")
  public Response center(
      @PathParam("prefix") String prefix,
      @PathParam("token") String token,
      @PathParam("z") String z,
      @PathParam("lat") String lat,
      @PathParam("lng") String lng,
      @PathParam("width") String width,
      @PathParam("tail") String tail) {
    RequestParams params = RequestParams.of(uri, servlet);
    if (!z.matches("\\d{1,2}") || Integer.parseInt(z) > 30) {
      throw WindlassException.badRequest(
          "Invalid zoom value ("
              + z
              + "). It should be an integer number greather than or equal to 0");
    }
    double latitude = number(lat, "lat");
    double longitude = number(lng, "lng");
    var request = request(prefix, params, width, tail);
    return answer(
        statics.center(
            request,
            token,
            Integer.parseInt(z),
            latitude,
            longitude,
            params.get("layer"),
            params.all("auth_token")));
  }

  @GET
  @Path("bbox/{token}/{bbox}/{width}/{tail}")
  public Response bbox(
      @PathParam("prefix") String prefix,
      @PathParam("token") String token,
      @PathParam("bbox") String bbox,
      @PathParam("width") String width,
      @PathParam("tail") String tail) {
    RequestParams params = RequestParams.of(uri, servlet);
    double[] wsen = bounds(bbox);
    var request = request(prefix, params, width, tail);
    return answer(
        statics.bbox(request, token, wsen, params.get("layer"), params.all("auth_token")));
  }

  @GET
  @Path("named/{template}/{width}/{tail}")
  public Response named(
      @PathParam("prefix") String prefix,
      @PathParam("template") String id,
      @PathParam("width") String width,
      @PathParam("tail") String tail) {
    RequestParams params = RequestParams.of(uri, servlet);
    var request = request(prefix, params, width, tail);
    JsonNode values = params.json("config", "malformed config parameter, should be a valid JSON");
    Optional<Integer> zoom = optionalNumber(params.get("zoom")).map(Double::intValue);
    Optional<Double> lon = optionalNumber(params.get("lon"));
    Optional<Double> lat = optionalNumber(params.get("lat"));
    Optional<double[]> centre =
        lon.isPresent() && lat.isPresent()
            ? Optional.of(new double[] {lon.get(), lat.get()})
            : Optional.empty();
    Optional<double[]> bbox = Optional.empty();
    if (params.get("bbox") != null) {
      try {
        bbox = Optional.of(bounds(params.get("bbox")));
      } catch (WindlassException e) {
        // CARTO only uses a bbox of four numbers; anything else falls through to the view.
      }
    }
    return answer(
        statics.named(
            request,
            TemplateIds.nameOf(id),
            values,
            params.all("auth_token"),
            params.get("layer"),
            centre,
            zoom,
            bbox,
            MapResource.mapUrl(uri, prefix)));
  }

  /** Size and format from {@code :width} and {@code :height[@2x].:format}; checked later. */
  private StaticMapService.Request request(
      String prefix, RequestParams params, String width, String tail) {
    int dot = tail.indexOf('.');
    String height = dot < 0 ? tail : tail.substring(0, dot);
    String format = dot < 0 ? "" : tail.substring(dot + 1);
    int scale = 1;
    if (height.endsWith("@2x")) {
      scale = 2;
      height = height.substring(0, height.length() - 3);
    } else if (height.endsWith("@1x")) {
      height = height.substring(0, height.length() - 3);
    }
    Integer quality = null;
    if (params.get("quality") != null) {
      if (!params.get("quality").matches("\\d{1,3}")) {
        throw WindlassException.badRequest(
            "Invalid JPEG quality " + params.get("quality") + ": 1 to 100");
      }
      quality = Integer.parseInt(params.get("quality"));
    }
    Credentials who = callers.identify(prefix, headers, params, null);
    return new StaticMapService.Request(who, width, height, scale, format, quality);
  }

  private Response answer(StaticImage image) {
    return CacheHeaders.binary(
        image.bytes(),
        image.contentType(),
        image.freshness(),
        image.lastModified(),
        settings.dbName(),
        image.namedKey(),
        image.serverTiming());
  }

  private static double number(String text, String what) {
    if (!NUMBER.matcher(text).matches()) {
      throw WindlassException.badRequest(
          "Invalid " + what + " value (" + text + "). It should be a number");
    }
    return Double.parseDouble(text);
  }

  private static Optional<Double> optionalNumber(String text) {
    return text != null && NUMBER.matcher(text).matches()
        ? Optional.of(Double.parseDouble(text))
        : Optional.empty();
  }

  /** {@code west,south,east,north} in degrees. */
  private static double[] bounds(String text) {
    String[] parts = text.split(",", -1);
    if (parts.length != 4) {
      throw WindlassException.badRequest(
          "Invalid bbox (" + text + "). It should be west,south,east,north in degrees");
    }
    double[] b = new double[4];
    for (int i = 0; i < 4; i++) b[i] = number(parts[i].trim(), "bbox");
    return b;
  }
}
