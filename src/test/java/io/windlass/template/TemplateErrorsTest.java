package io.windlass.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.windlass.error.WindlassException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TemplateErrorsTest {

  static Stream<Arguments> errors() {
    return Stream.of(
        Arguments.of(
            TemplateErrors.notFound("nm", "localhost"),
            404,
            "Template 'nm' of user 'localhost' not found"),
        Arguments.of(
            TemplateErrors.unauthorizedInstantiation(), 403, "Unauthorized template instantiation"),
        Arguments.of(
            TemplateErrors.alreadyExists("nm", "u"),
            400,
            "Template 'nm' of user 'u' already exists"),
        Arguments.of(
            TemplateErrors.doesNotExist("nm", "u"),
            404,
            "Template 'nm' of user 'u' does not exist"),
        Arguments.of(
            TemplateErrors.cannotFind("nm", "u"), 404, "Cannot find template 'nm' of user 'u'"),
        Arguments.of(
            TemplateErrors.cannotRename("a", "b"),
            400,
            "Cannot update name of a map template ('a' != 'b')"),
        Arguments.of(
            TemplateErrors.limitReached("u", 3, 3),
            409,
            "User 'u' reached limit on number of templates (3/3)"),
        Arguments.of(
            TemplateErrors.namedLayerWithoutName(),
            400,
            "Missing Named Map `name` in layer options"),
        Arguments.of(
            TemplateErrors.namedLayerNotFound("nm", "u"),
            400,
            "Template 'nm' of user 'u' not found"),
        Arguments.of(
            TemplateErrors.namedLayerUnauthorized("nm"),
            403,
            "Unauthorized 'nm' template instantiation"),
        Arguments.of(
            TemplateErrors.nestedNamedLayers(), 400, "Nested named layers are not allowed"));
  }

  @ParameterizedTest
  @MethodSource("errors")
  void cartoMessagesAndStatuses(WindlassException e, int status, String message) {
    assertEquals(status, e.status());
    assertEquals(message, e.details().get(0).message());
    assertEquals("unknown", e.details().get(0).type());
  }
}
