package io.windlass;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The only JAX-RS bootstrap: every resource of the Maps API hangs below the context root. */
@ApplicationPath("/")
public class MapsApplication extends Application {}
