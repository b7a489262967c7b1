package io.windlass.template;

import static io.windlass.template.TestJson.assertBadRequest;
import static io.windlass.template.TestJson.body;
import static io.windlass.template.TestJson.j;
import static io.windlass.template.TestJson.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TemplateValidationTest {
  private static final String LG = TestJson.LAYERGROUP;

  static Stream<Arguments> invalid() {
    return Stream.of(
        // 1. version
        Arguments.of(
            "{'name':'t','layergroup':" + LG + "}", "Unsupported template version undefined"),
        Arguments.of(
            "{'version':'6.6.6','name':'t','layergroup':" + LG + "}",
            "Unsupported template version 6.6.6"),
        Arguments.of("{'version':null,'name':'t'}", "Unsupported template version null"),
        Arguments.of("{'version':1.5}", "Unsupported template version 1.5"),
        Arguments.of("{'version':['0.0.1']}", "Unsupported template version 0.0.1"),
        Arguments.of("{'version':'0.0.1 '}", "Unsupported template version 0.0.1 "),
        Arguments.of("[]", "Unsupported template version undefined"),
        Arguments.of("null", "Unsupported template version undefined"),
        // 2. name present and truthy
        Arguments.of("{'version':'0.0.1','layergroup':" + LG + "}", "Missing template name"),
        Arguments.of("{'version':'0.0.1','name':''}", "Missing template name"),
        Arguments.of("{'version':'0.0.1','name':null}", "Missing template name"),
        Arguments.of("{'version':'0.0.1','name':0}", "Missing template name"),
        Arguments.of("{'version':'0.0.1','name':false}", "Missing template name"),
        // 3. name characters (non-strings: CARTO's runtime error, given CARTO's message here)
        Arguments.of(
            "{'version':'0.0.1','name':'ab|'}", "Invalid characters in template name 'ab|'"),
        Arguments.of(
            "{'version':'0.0.1','name':'a b'}", "Invalid characters in template name 'a b'"),
        Arguments.of(
            "{'version':'0.0.1','name':'a@b'}", "Invalid characters in template name 'a@b'"),
        Arguments.of(
            "{'version':'0.0.1','name':'-1ab'}", "Invalid characters in template name '-1ab'"),
        Arguments.of("{'version':'0.0.1','name':'_x'}", "Invalid characters in template name '_x'"),
        Arguments.of("{'version':'0.0.1','name':' x'}", "Invalid characters in template name ' x'"),
        Arguments.of("{'version':'0.0.1','name':'x '}", "Invalid characters in template name 'x '"),
        Arguments.of(
            "{'version':'0.0.1','name':'x\\n'}", "Invalid characters in template name 'x\n'"),
        Arguments.of(
            "{'version':'0.0.1','name':'\u00e9t\u00e9'}",
            "Invalid characters in template name '\u00e9t\u00e9'"),
        Arguments.of("{'version':'0.0.1','name':5}", "Invalid characters in template name '5'"),
        Arguments.of(
            "{'version':'0.0.1','name':true}", "Invalid characters in template name 'true'"),
        Arguments.of(
            "{'version':'0.0.1','name':{}}",
            "Invalid characters in template name '[object Object]'"),
        // 4. layergroup
        Arguments.of("{'version':'0.0.1','name':'t'}", "Missing layergroup"),
        Arguments.of("{'version':'0.0.1','name':'t','layergroup':null}", "Missing layergroup"),
        Arguments.of("{'version':'0.0.1','name':'t','layergroup':''}", "Missing layergroup"),
        Arguments.of("{'version':'0.0.1','name':'t','layergroup':0}", "Missing layergroup"),
        // 5. layers
        Arguments.of(
            "{'version':'0.0.1','name':'t','layergroup':{}}",
            "Missing or empty layers array from layergroup config"),
        Arguments.of(
            "{'version':'0.0.1','name':'t','layergroup':{'layers':[]}}",
            "Missing or empty layers array from layergroup config"),
        Arguments.of(
            "{'version':'0.0.1','name':'t','layergroup':{'layers':{'0':{}}}}",
            "Missing or empty layers array from layergroup config"),
        Arguments.of(
            "{'version':'0.0.1','name':'t','layergroup':'layers'}",
            "Missing or empty layers array from layergroup config"),
        Arguments.of(
            "{'version':'0.0.1','name':'t','layergroup':[{'options':{}}]}",
            "Missing or empty layers array from layergroup config"),
        // 6. options of every layer
        Arguments.of(
            "{'version':'0.0.1','name':'t','layergroup':{'layers':[{}]}}",
            "Missing `options` in layergroup config for layers: 0"),
        Arguments.of(
            "{'version':'0.0.1','name':'t','layergroup':{'layers':[{},{'options':{}},{'options':null},null,{'options':''},'x']}}",
            "Missing `options` in layergroup config for layers: 0, 2, 3, 4, 5"),
        // 7-9. placeholders, in key order, each fully checked before the next
        Arguments.of(
            ph("'ab|':{'type':'number','default':1}"),
            "Invalid characters in placeholder name 'ab|'"),
        Arguments.of(ph("'a b':{}"), "Invalid characters in placeholder name 'a b'"),
        Arguments.of(ph("'a@b':{}"), "Invalid characters in placeholder name 'a@b'"),
        Arguments.of(ph("'1ab':{}"), "Invalid characters in placeholder name '1ab'"),
        Arguments.of(ph("'_x':{}"), "Invalid characters in placeholder name '_x'"),
        Arguments.of(ph("'':{}"), "Invalid characters in placeholder name ''"),
        Arguments.of(ph("' x':{}"), "Invalid characters in placeholder name ' x'"),
        Arguments.of(ph("'x ':{}"), "Invalid characters in placeholder name 'x '"),
        Arguments.of(ph("'x-y':{}"), "Invalid characters in placeholder name 'x-y'"),
        Arguments.of(ph("'a':{'type':'number'}"), "Missing default for placeholder 'a'"),
        Arguments.of(ph("'a':{'default':1}"), "Missing type for placeholder 'a'"),
        Arguments.of(ph("'a':null"), "Missing default for placeholder 'a'"),
        Arguments.of(ph("'a':'default'"), "Missing default for placeholder 'a'"),
        Arguments.of(ph("'a':{'default':1},'b|':{}"), "Missing type for placeholder 'a'"),
        Arguments.of(
            ph("'a':{'default':1,'type':'x'},'b|':{}"),
            "Invalid characters in placeholder name 'b|'"),
        Arguments.of(
            ph("'a':{'default':1,'type':'x'},'b':{'type':'x'}"),
            "Missing default for placeholder 'b'"),
        // V8 lists index keys first: "0" is checked before "a"
        Arguments.of(ph("'a':{},'0':{}"), "Invalid characters in placeholder name '0'"),
        Arguments.of(body("'placeholders':'ab'"), "Invalid characters in placeholder name '0'"),
        Arguments.of(body("'placeholders':[{}]"), "Invalid characters in placeholder name '0'"),
        // 10-12. auth (after defaulting)
        Arguments.of(body("'auth':{'method':'foo'}"), "Unsupported authentication method: foo"),
        Arguments.of(body("'auth':{'method':null}"), "Unsupported authentication method: null"),
        Arguments.of(body("'auth':{'method':'Open'}"), "Unsupported authentication method: Open"),
        Arguments.of(
            body("'auth':{'method':['token']}"), "Unsupported authentication method: token"),
        Arguments.of(body("'auth':'bad'"), "Unsupported authentication method: bad"),
        Arguments.of(
            body("'auth':{'method':'token'}"),
            "Invalid 'token' authentication: missing valid_tokens"),
        Arguments.of(
            body("'auth':'token'"), "Invalid 'token' authentication: missing valid_tokens"),
        Arguments.of(
            body("'auth':{'method':'token','valid_tokens':'a'}"),
            "Invalid 'token' authentication: missing valid_tokens"),
        Arguments.of(
            body("'auth':{'method':'token','valid_tokens':{'0':'a'}}"),
            "Invalid 'token' authentication: missing valid_tokens"),
        Arguments.of(
            body("'auth':{'method':'token','valid_tokens':[]}"),
            "Invalid 'token' authentication: no valid_tokens"),
        // order: each check beats all later ones
        Arguments.of(
            "{'version':'1','name':'a b','layergroup':{},'auth':{'method':'x'}}",
            "Unsupported template version 1"),
        Arguments.of(
            "{'version':'0.0.1','name':'a b','auth':{'method':'x'}}",
            "Invalid characters in template name 'a b'"),
        Arguments.of(
            "{'version':'0.0.1','name':'t','placeholders':{'1':{}},'auth':{'method':'x'}}",
            "Missing layergroup"),
        Arguments.of(
            "{'version':'0.0.1','name':'t','layergroup':{'layers':[]},'placeholders':{'1':{}}}",
            "Missing or empty layers array from layergroup config"),
        Arguments.of(
            "{'version':'0.0.1','name':'t','layergroup':{'layers':[{}]},'placeholders':{'1':{}}}",
            "Missing `options` in layergroup config for layers: 0"),
        Arguments.of(
            body("'placeholders':{'1':{}},'auth':{'method':'x'}"),
            "Invalid characters in placeholder name '1'"),
        Arguments.of(
            body("'placeholders':{'a':{'default':1}},'auth':{'method':'x'}"),
            "Missing type for placeholder 'a'"));
  }

  private static String ph(String members) {
    return "{'version':'0.0.1','name':'t','layergroup':"
        + LG
        + ",'placeholders':{"
        + members
        + "}}";
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void rejectsWithCartoMessage(Object body, String message) {
    var node = body instanceof String s ? j(s) : (ObjectNode) body;
    assertBadRequest(message, () -> Template.parse(node));
  }

  @ParameterizedTest
  @ValueSource(strings = {"AB", "1ab", "DFD19A1A-0AC6-11E5-B0CA-6476BA93D4F6", "a_b-c", "0", "Z"})
  void acceptsValidNames(String name) {
    var body = body("");
    body.put("name", name);
    assertEquals(name, Template.parse(body).name());
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "A1", "test_number", "Zz_9"})
  void acceptsValidPlaceholderNames(String name) {
    var body = body("");
    body.putObject("placeholders").set(name, obj("{'type':'number','default':1}"));
    Template.parse(body);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "'auth':null",
        "'auth':{}",
        "'auth':'open'",
        "'auth':false",
        "'auth':{'valid_tokens':[]}",
        "'auth':{'method':'token','valid_tokens':['x']}",
        "'placeholders':null",
        "'placeholders':[]",
        "'placeholders':{'a':{'default':null,'type':'unknown-types-fail-later'}}",
        "'view':'not validated'",
        "'layergroup':{'version':'9.9.9','layers':[{'type':'nope','options':{}}]}"
      })
  void acceptsValidTemplates(String extra) {
    Template.parse(body(extra));
  }

  @ParameterizedTest
  @ValueSource(strings = {"'open'", "'token'"})
  void aStringBodyIsNoTemplate(String text) {
    assertBadRequest(
        "Unsupported template version undefined", () -> Template.parse(TextNode.valueOf(text)));
  }
}
