package io.windlass.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The two answers outside the API: the welcome text and the health check, as CARTO gives them. */
@Path("/")
public class RootResource {

  @GET
  @Produces(MediaType.TEXT_PLAIN)
  public String welcome() {
    return "This is the Windlass Maps API (CARTO Maps API compatible), see README.md";
  }

  @GET
  @Path("health")
  @Produces(MediaType.APPLICATION_JSON)
  public String health() {
    return "{\"enabled\":false,\"ok\":true}";
  }
}
