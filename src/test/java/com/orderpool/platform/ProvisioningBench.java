package com.orderpool.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.orderpool.platform.boundary.PlatformConsole;
import com.orderpool.platform.control.ProvisionRequest;
import com.orderpool.support.Codes;
import com.orderpool.support.InContainer;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Benchmark (run with {@code mvn verify -Pbench}): time to provision one tenant through the
 * platform boundary (schema + Flyway + seed + platform rows), 20 times after 2 warm-ups. Writes
 * target/bench/provisioning.txt.
 */
class ProvisioningBench extends InContainer {

  @Inject PlatformConsole console;

  @Test
  void provisionTwentyTenants() throws Exception {
    for (int i = 0; i < 2; i++) {
      provisionOne();
    }
    List<Double> ms = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      ms.add(provisionOne());
    }
    Collections.sort(ms);
    double median = (ms.get(9) + ms.get(10)) / 2;
    String line =
        String.format(
            "provision one tenant, n=20: median %.0f ms, min %.0f ms, max %.0f ms, p90 %.0f ms%n",
            median, ms.get(0), ms.get(19), ms.get(17));
    Path out =
        Path.of(System.getProperty("orderpool.buildDir", "target"), "bench", "provisioning.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, line);
    assertEquals(20, ms.size());
  }

  private double provisionOne() {
    String code = Codes.fresh();
    long t0 = System.nanoTime();
    console.provision(new ProvisionRequest("Bench " + code, code, Codes.email(code, "bench")));
    return (System.nanoTime() - t0) / 1e6;
  }
}
