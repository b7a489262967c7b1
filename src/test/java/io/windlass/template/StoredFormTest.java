package io.windlass.template;

import static io.windlass.template.TestJson.body;
import static io.windlass.template.TestJson.j;
import static io.windlass.template.TestJson.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StoredFormTest {
  private static final String MINIMAL =
      "{\"auth\":{\"method\":\"open\"},\"version\":\"0.0.1\",\"name\":\"t\",\"layergroup\":"
          + "{\"layers\":[{\"options\":{\"sql\":\"select 1\",\"cartocss\":\"#l{}\"}}]},\"placeholders\":{}}";
  private static final String LG = TestJson.LAYERGROUP.replace('\'', '"');

  @Test
  void minimalTemplateGetsOpenAuthFirstAndEmptyPlaceholdersLast() {
    var template = Template.parse(body(""));
    assertEquals(MINIMAL, template.storedJson());
    assertEquals("t", template.name());
  }

  static Stream<Arguments> storedForms() {
    return Stream.of(
        // auth moves first; its submitted keys keep their order, method added last when absent
        Arguments.of(
            "{'version':'0.0.1','placeholders':{'a':{'type':'number','default':1}},'name':'t','layergroup':LG,"
                + "'auth':{'valid_tokens':['x'],'method':'token'}}",
            "{'auth':{'valid_tokens':['x'],'method':'token'},'version':'0.0.1','placeholders':{'a':{'type':'number','default':1}},'name':'t','layergroup':LG}"),
        Arguments.of(
            "{'version':'0.0.1','name':'t','auth':{'valid_tokens':['x']},'layergroup':LG}",
            "{'auth':{'valid_tokens':['x'],'method':'open'},'version':'0.0.1','name':'t','layergroup':LG,'placeholders':{}}"),
        // explicit null placeholders are kept (only an absent key is defaulted)
        Arguments.of(
            "{'version':'0.0.1','name':'t','layergroup':LG,'placeholders':null}",
            "{'auth':{'method':'open'},'version':'0.0.1','name':'t','layergroup':LG,'placeholders':null}"),
        // unknown keys verbatim, in place
        Arguments.of(
            "{'zzz':[1,{'b':2,'a':1}],'version':'0.0.1','name':'t','layergroup':LG,'view':{'zoom':4}}",
            "{'auth':{'method':'open'},'zzz':[1,{'b':2,'a':1}],'version':'0.0.1','name':'t','layergroup':LG,'view':{'zoom':4},'placeholders':{}}"),
        // falsy auth values default; a string is normalised (Windlass)
        Arguments.of(
            "{'version':'0.0.1','name':'t','layergroup':LG,'auth':null}",
            "{'auth':{'method':'open'},'version':'0.0.1','name':'t','layergroup':LG,'placeholders':{}}"),
        Arguments.of(
            "{'version':'0.0.1','name':'t','layergroup':LG,'auth':'open'}",
            "{'auth':{'method':'open'},'version':'0.0.1','name':'t','layergroup':LG,'placeholders':{}}"),
        Arguments.of(
            "{'version':'0.0.1','name':'t','layergroup':LG,'auth':''}",
            "{'auth':{'method':'open'},'version':'0.0.1','name':'t','layergroup':LG,'placeholders':{}}"),
        Arguments.of(
            "{'version':'0.0.1','name':'t','layergroup':LG,'auth':['x']}",
            "{'auth':{'0':'x','method':'open'},'version':'0.0.1','name':'t','layergroup':LG,'placeholders':{}}"),
        // JavaScript's key order: array-index keys first, ascending, at every level
        Arguments.of(
            "{'version':'0.0.1','name':'t','layergroup':LG,'view':{'preview_layers':{'layer2':false,'1':false,'0':true,'01':true}}}",
            "{'auth':{'method':'open'},'version':'0.0.1','name':'t','layergroup':LG,'view':{'preview_layers':{'0':true,'1':false,'layer2':false,'01':true}},'placeholders':{}}"),
        Arguments.of(
            "{'version':'0.0.1','name':'t','layergroup':LG,'7':1}",
            "{'7':1,'auth':{'method':'open'},'version':'0.0.1','name':'t','layergroup':LG,'placeholders':{}}"),
        // underscore's _.defaults skips keys that Object.prototype already defines
        Arguments.of(
            "{'version':'0.0.1','toString':1,'name':'t','constructor':{},'layergroup':LG,'auth':{'valueOf':2}}",
            "{'auth':{'method':'open'},'version':'0.0.1','name':'t','layergroup':LG,'placeholders':{}}"),
        // numbers as JavaScript writes them
        Arguments.of(
            "{'version':'0.0.1','name':'t','layergroup':LG,'n':[1.0,1e21,1.5e-7,-0.0,100]}",
            "{'auth':{'method':'open'},'version':'0.0.1','name':'t','layergroup':LG,'n':[1,1e+21,1.5e-7,0,100],'placeholders':{}}"));
  }

  @ParameterizedTest
  @MethodSource("storedForms")
  void storesCartoKeyOrder(String submitted, String stored) {
    var template = Template.parse(j(submitted.replace("LG", TestJson.LAYERGROUP)));
    assertEquals(
        stored.replace("LG", TestJson.LAYERGROUP).replace('\'', '"'), template.storedJson());
  }

  @Test
  void parseDoesNotModifyTheBody() {
    var body = body("'7':1,'auth':'open'");
    String before = text(body);
    Template.parse(body);
    assertEquals(before, text(body));
  }

  @Test
  void fromStoredRoundTrips() {
    var template = Template.parse(body("'auth':{'method':'token','valid_tokens':['a']}"));
    var again = Template.fromStored(template.storedJson());
    assertEquals(template.storedJson(), again.storedJson());
    assertEquals(template.hash8(), again.hash8());
    assertEquals(template, again);
  }

  @Test
  void fromStoredDoesNotValidateButOrdersLikeJsonParse() {
    var template = Template.fromStored("{\"name\":\"x y\",\"b\":1,\"0\":2}");
    assertEquals("x y", template.name());
    assertEquals("{\"0\":2,\"name\":\"x y\",\"b\":1}", template.storedJson());
  }

  @Test
  void hash8IsMd5OfTheStoredText() {
    assertEquals("1c3ff564", Template.parse(body("")).hash8()); // md5sum of MINIMAL
    assertEquals("1c3ff564", Template.fromStored(MINIMAL).hash8());
  }

  @Test
  void hash8HashesUtf8() {
    var body = body("");
    ((com.fasterxml.jackson.databind.node.ObjectNode) body.at("/layergroup/layers/0/options"))
        .put("sql", "select \u00e9 \u65e5 \uD83D\uDE00");
    assertEquals("e4fe0895", Template.parse(body).hash8());
  }

  @Test
  void hash8ChangesWithContentAndKeyOrder() {
    String a = Template.parse(body("'view':{'zoom':1,'center':{'lng':0,'lat':0}}")).hash8();
    String b = Template.parse(body("'view':{'center':{'lng':0,'lat':0},'zoom':1}")).hash8();
    String c = Template.parse(body("'view':{'zoom':2,'center':{'lng':0,'lat':0}}")).hash8();
    assertNotEquals(a, b);
    assertNotEquals(a, c);
    assertEquals(a, Template.parse(body("'view':{'zoom':1,'center':{'lng':0,'lat':0}}")).hash8());
    assertEquals(8, a.length());
  }
}
