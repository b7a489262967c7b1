package io.windlass.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The WAR the build produced, deployed to the provisioned WildFly, against the test PostGIS sandbox
 * with the demo data (see pom.xml). Tests talk plain HTTP to it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class DeployedWindlass {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String MASTER_KEY = "it-master-key";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("app.war")));
  }

  @ArquillianResource URL base;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(base);
  }

  static JsonNode json(byte[] body) {
    try {
      return JSON.readTree(body);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + new String(body), e);
    }
  }

  static JsonNode json(HttpResponse<byte[]> r) {
    try {
      return JSON.readTree(r.body());
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + Http.text(r), e);
    }
  }

  /** A MapConfig with one layer per (sql, cartocss) pair, CartoCSS version 2.3.0. */
  static String mapConfig(String... sqlAndCss) {
    var config = JSON.createObjectNode().put("version", "1.8.0");
    var layers = config.putArray("layers");
    for (int i = 0; i < sqlAndCss.length; i += 2) {
      var o = layers.addObject().put("type", "mapnik").putObject("options");
      o.put("sql", sqlAndCss[i]).put("cartocss", sqlAndCss[i + 1]).put("cartocss_version", "2.3.0");
    }
    return config.toString();
  }

  /** Creates a map and answers its layergroup id, failing the test if creation fails. */
  String create(String mapConfig, String... headers) {
    var r = http.post("/api/v1/map", "application/json", mapConfig, headers);
    if (r.statusCode() != 200) {
      throw new AssertionError("creation failed: " + r.statusCode() + " " + Http.text(r));
    }
    return json(r).get("layergroupid").asText();
  }
}
