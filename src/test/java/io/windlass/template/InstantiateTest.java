package io.windlass.template;

import static io.windlass.template.TestJson.j;
import static io.windlass.template.TestJson.obj;
import static io.windlass.template.TestJson.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** §1.6.3-§1.6.4: what instantiation substitutes, where, and what it adds. */
class InstantiateTest {
  private static final Template TEMPLATE =
      Template.parse(
          obj(
              "{'version':'0.0.1','name':'acceptance','auth':{'method':'token','valid_tokens':['tok']},"
                  + "'placeholders':{'color':{'type':'css_color','default':'red'},"
                  + "'n':{'type':'number','default':3},'bs':{'type':'number','default':'64'},"
                  + "'name':{'type':'sql_literal','default':'x'}},"
                  + "'layergroup':{'version':'1.3.0','stat_tag':'<%= name %>','buffersize':{'png':'<%= bs %>','grid.json':' <%= bs %>px','mvt':32,'x':'abc'},"
                  + "'layers':["
                  + "{'type':'cartodb','options':{'sql':'select * from t where n > <%= n %> and s = \\u0027<%= name %>\\u0027',"
                  + "'cartocss':'#t{marker-fill:<%= color %>;}','cartocss_version':'2.0.1','interactivity':'<%= name %>','attributes':{'id':'<%= name %>','columns':['<%= n %>']}}},"
                  + "{'type':'cartodb','options':{'sql':'select <%= n %>','cartocss':'#u{line-color:<%=color%>;}','cartocss_version':'2.0.1'}},"
                  + "{'type':'torque','id':'t3','options':{'sql':'','cartocss':'','undeclared':'<%= zz %>'}}]}}"));

  @Test
  void substitutesSqlCartocssAndBuffersizeOnly() {
    var instance =
        TEMPLATE.instantiate(j("{'color':'blue','n':'7','name':'it\\u0027s','unused':1}"));
    assertEquals(
        ("{'version':'1.3.0','stat_tag':'<%= name %>','buffersize':{'png':64,'grid.json':64,'mvt':32,'x':null},"
                + "'layers':["
                + "{'type':'cartodb','options':{'sql':'select * from t where n > 7 and s = \\u0027it\\u0027\\u0027s\\u0027',"
                + "'cartocss':'#t{marker-fill:blue;}','cartocss_version':'2.0.1','interactivity':'<%= name %>','attributes':{'id':'<%= name %>','columns':['<%= n %>']}}},"
                + "{'type':'cartodb','options':{'sql':'select 7','cartocss':'#u{line-color:blue;}','cartocss_version':'2.0.1'}},"
                + "{'type':'torque','id':'t3','options':{'sql':'','cartocss':'','undeclared':'<%= zz %>'}}],"
                + "'template':{'name':'acceptance','auth':{'method':'token','valid_tokens':['tok']}}}")
            .replace('\'', '"')
            .replace("\\u0027", "'"),
        text(instance));
  }

  @Test
  void usesDefaults() {
    var instance = TEMPLATE.instantiate(j("{}"));
    assertEquals(
        "select * from t where n > 3 and s = 'x'",
        instance.at("/layers/0/options/sql").textValue());
    assertEquals("#t{marker-fill:red;}", instance.at("/layers/0/options/cartocss").textValue());
  }

  @Test
  void doesNotModifyTheTemplate() {
    String before = TEMPLATE.storedJson();
    TEMPLATE.instantiate(j("{'color':'blue','styles':{'0':'#x{}'}}"));
    assertEquals(before, TEMPLATE.storedJson());
  }

  @Test
  void stylesReplaceCartocssWithoutSubstitution() {
    var instance =
        TEMPLATE.instantiate(
            j("{'color':'blue','styles':{'0':'#t{marker-fill:<%= color %>;}','1':'','2':'#s{}'}}"));
    assertEquals(
        "#t{marker-fill:<%= color %>;}", instance.at("/layers/0/options/cartocss").textValue());
    assertEquals(
        "#u{line-color:blue;}",
        instance.at("/layers/1/options/cartocss").textValue()); // '' is falsy
    assertEquals("#s{}", instance.at("/layers/2/options/cartocss").textValue());
    // sql is still substituted
    assertEquals(
        "select * from t where n > 3 and s = 'x'",
        instance.at("/layers/0/options/sql").textValue());
  }

  @Test
  void stylesAsArrayAndNonStringStyles() {
    var instance = TEMPLATE.instantiate(j("{'styles':[null,'#a{}']}"));
    assertEquals("#t{marker-fill:red;}", instance.at("/layers/0/options/cartocss").textValue());
    assertEquals("#a{}", instance.at("/layers/1/options/cartocss").textValue());
    var ignored = TEMPLATE.instantiate(j("{'styles':{'5':'#a{}','x':'#b{}'}}"));
    assertEquals("#t{marker-fill:red;}", ignored.at("/layers/0/options/cartocss").textValue());
  }

  @Test
  void stylesAddCartocssToLayersWithout() {
    var template =
        Template.parse(
            obj(
                "{'version':'0.0.1','name':'t','layergroup':{'layers':[{'options':{'sql':'s'}}]}}"));
    var instance = template.instantiate(j("{'styles':{'0':'#a{}'}}"));
    assertEquals("{\"sql\":\"s\",\"cartocss\":\"#a{}\"}", text(instance.at("/layers/0/options")));
  }

  @Test
  void buffersizeValuesParseLikeParseInt() {
    var template =
        Template.parse(
            obj(
                "{'version':'0.0.1','name':'t','placeholders':{'bs':{'type':'number','default':16}},'layergroup':{"
                    + "'buffersize':{'a':'<%= bs %>','b':'-<%= bs %>.9','c':'\\u00A0+8','d':'','e':'0x10','f':'1e3','g':12.7,'h':true,'i':'99999999999'},"
                    + "'layers':[{'options':{}}]}}"));
    assertEquals(
        "{\"a\":16,\"b\":-16,\"c\":8,\"d\":null,\"e\":0,\"f\":1,\"g\":12,\"h\":null,\"i\":99999999999}",
        text(template.instantiate(j("{}")).get("buffersize")));
  }

  @Test
  void buffersizeThatIsNoObjectIsLeftAlone() {
    var template =
        Template.parse(
            obj(
                "{'version':'0.0.1','name':'t','layergroup':{'buffersize':['<%= x %>'],'layers':[{'options':{}}]}}"));
    assertEquals("[\"<%= x %>\"]", text(template.instantiate(j("{}")).get("buffersize")));
  }

  @Test
  void templateKeyIsAppendedOrReplacedInPlace() {
    var open =
        Template.parse(
            obj("{'version':'0.0.1','name':'t','layergroup':{'layers':[{'options':{}}],'z':1}}"));
    assertEquals(
        "{\"layers\":[{\"options\":{}}],\"z\":1,\"template\":{\"name\":\"t\",\"auth\":{\"method\":\"open\"}}}",
        text(open.instantiate(j("{}"))));
    var spoofed =
        Template.parse(
            obj(
                "{'version':'0.0.1','name':'t','layergroup':{'template':{'name':'x'},'layers':[{'options':{}}]}}"));
    assertEquals(
        "{\"template\":{\"name\":\"t\",\"auth\":{\"method\":\"open\"}},\"layers\":[{\"options\":{}}]}",
        text(spoofed.instantiate(j("{}"))));
  }

  @Test
  void instancesAreIndependentCopies() {
    var a = TEMPLATE.instantiate(j("{}"));
    ((com.fasterxml.jackson.databind.node.ObjectNode) a.get("template")).put("name", "changed");
    ((com.fasterxml.jackson.databind.node.ArrayNode) a.get("layers")).removeAll();
    var b = TEMPLATE.instantiate(j("{}"));
    assertEquals("acceptance", b.at("/template/name").textValue());
    assertEquals(3, b.get("layers").size());
  }
}
