package io.windlass.template;

import io.windlass.error.WindlassException;

/**
 * CARTO's named-map errors outside template validation, with their statuses (spec §1.4, §1.7,
 * §1.11). {@code user} is the account name as in the request.
 */
public final class TemplateErrors {
  private TemplateErrors() {}

  /** 404 on instantiation, named tiles and static previews of a missing template (§1.7). */
  public static WindlassException notFound(String name, String user) {
    return WindlassException.withStatus(404, notFoundMessage(name, user));
  }

  /** 403 when the template's auth refuses the request's {@code auth_token}s (§1.7). */
  public static WindlassException unauthorizedInstantiation() {
    return WindlassException.withStatus(403, "Unauthorized template instantiation");
  }

  /** 400 on create of an existing name (§1.4.1; CARTO says 400, not 409). */
  public static WindlassException alreadyExists(String name, String user) {
    return WindlassException.badRequest(
        "Template '" + name + "' of user '" + user + "' already exists");
  }

  /** 404 on update or delete of a missing template (§1.4.4, §1.4.5). */
  public static WindlassException doesNotExist(String name, String user) {
    return WindlassException.withStatus(
        404, "Template '" + name + "' of user '" + user + "' does not exist");
  }

  /** 404 on get of a missing template (§1.4.3). */
  public static WindlassException cannotFind(String name, String user) {
    return WindlassException.withStatus(
        404, "Cannot find template '" + name + "' of user '" + user + "'");
  }

  /** 400 when the body of an update names another template (§1.4.4). */
  public static WindlassException cannotRename(String pathName, String bodyName) {
    return WindlassException.badRequest(
        "Cannot update name of a map template ('" + pathName + "' != '" + bodyName + "')");
  }

  /** 409 when the account already holds {@code count} templates of at most {@code limit} (§1.5). */
  public static WindlassException limitReached(String user, long count, long limit) {
    return WindlassException.withStatus(
        409,
        "User '" + user + "' reached limit on number of templates (" + count + "/" + limit + ")");
  }

  /** 400: a {@code "type": "named"} layer without {@code options.name} (§1.11). */
  public static WindlassException namedLayerWithoutName() {
    return WindlassException.badRequest("Missing Named Map `name` in layer options");
  }

  /** 400 (not 404): a named layer's template is missing (§1.11). */
  public static WindlassException namedLayerNotFound(String name, String user) {
    return WindlassException.badRequest(notFoundMessage(name, user));
  }

  /** 403: a named layer's {@code auth_tokens} do not open its template (§1.11). */
  public static WindlassException namedLayerUnauthorized(String name) {
    return WindlassException.withStatus(403, "Unauthorized '" + name + "' template instantiation");
  }

  /** 400: the template of a named layer has a named layer itself (§1.11). */
  public static WindlassException nestedNamedLayers() {
    return WindlassException.badRequest("Nested named layers are not allowed");
  }

  private static String notFoundMessage(String name, String user) {
    return "Template '" + name + "' of user '" + user + "' not found";
  }
}
