package io.windlass.template;

import static io.windlass.template.TestJson.body;
import static io.windlass.template.TestJson.j;
import static io.windlass.template.TestJson.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TemplateAuthTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("{'method':'open'}", List.of(), true),
        Arguments.of("{'method':'open'}", List.of("anything"), true),
        Arguments.of("'open'", List.of(), true), // legacy string form
        Arguments.of("'token'", List.of("token"), false),
        Arguments.of("{'method':'token','valid_tokens':['a','b']}", List.of("b"), true),
        Arguments.of("{'method':'token','valid_tokens':['a','b']}", List.of("x", "a"), true),
        Arguments.of("{'method':'token','valid_tokens':['a','b']}", List.of("c"), false),
        Arguments.of("{'method':'token','valid_tokens':['a','b']}", List.of(), false),
        Arguments.of("{'method':'token','valid_tokens':['a','b']}", List.of("A"), false),
        Arguments.of("{'method':'token','valid_tokens':[1]}", List.of("1"), false),
        Arguments.of("{'method':'token','valid_tokens':'a'}", List.of("a"), false),
        Arguments.of("{'method':'token'}", List.of("a"), false),
        Arguments.of("{'method':'other','valid_tokens':['a']}", List.of("a"), false),
        Arguments.of("{}", List.of(), false),
        Arguments.of("null", List.of(), false),
        Arguments.of("['open']", List.of(), false));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void authorizesLikeCarto(String auth, List<String> tokens, boolean expected) {
    assertEquals(expected, Template.authorizes(j(auth), tokens));
  }

  @Test
  void missingAuthAndNullTokensAuthorizeNobody() {
    assertFalse(Template.authorizes(null, List.of()));
    assertFalse(Template.authorizes(NullNode.getInstance(), List.of("a")));
    assertFalse(Template.authorizes(j("{'method':'token','valid_tokens':['a']}"), null));
    assertTrue(Template.authorizes(TextNode.valueOf("open"), null));
  }

  @Test
  void templateUsesItsStoredAuth() {
    var open = Template.parse(body(""));
    assertTrue(open.authorizes(List.of()));
    assertEquals("{\"method\":\"open\"}", text(open.auth()));

    var token = Template.parse(body("'auth':{'method':'token','valid_tokens':['s3cret']}"));
    assertTrue(token.authorizes(List.of("s3cret")));
    assertFalse(token.authorizes(List.of("other")));
    assertFalse(token.authorizes(List.of()));
    assertEquals("{\"method\":\"token\",\"valid_tokens\":[\"s3cret\"]}", text(token.auth()));
  }

  @Test
  void authIsACopy() {
    var token = Template.parse(body("'auth':{'method':'token','valid_tokens':['s3cret']}"));
    token.auth().put("method", "open");
    assertFalse(token.authorizes(List.of()));
  }

  @Test
  void legacyStoredStringAuthReadsAsMethod() {
    var legacy = Template.fromStored("{\"auth\":\"open\",\"name\":\"x\"}");
    assertEquals("{\"method\":\"open\"}", text(legacy.auth()));
    assertTrue(legacy.authorizes(List.of()));
    var none = Template.fromStored("{\"name\":\"x\"}");
    assertEquals("{}", text(none.auth()));
    assertFalse(none.authorizes(List.of("x")));
  }
}
