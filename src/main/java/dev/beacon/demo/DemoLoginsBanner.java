package dev.beacon.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.stream.Collectors;

/** Tells a newcomer where Beacon runs and how to sign in to the demo. */
@Component
@Profile("demo")
class DemoLoginsBanner {

    private static final Logger log = LoggerFactory.getLogger(DemoLoginsBanner.class);

    @EventListener(ApplicationReadyEvent.class)
    void printLogins(ApplicationReadyEvent event) {
        String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
        String teams = DemoCatalog.TEAMS.stream()
                .flatMap(team -> team.members().entrySet().stream()
                        .map(member -> "   " + pad(member.getKey()) + member.getValue().label() + " of " + team.name()))
                .sorted()
                .collect(Collectors.joining("\n"));
        log.info("""

                ==================================================================
                 Beacon demo is running at http://localhost:{}
                 Sign in with any of these (password {}):
                   {}ADMIN (unless BEACON_ADMIN_PASSWORD was set on the first start)
                {}
                ==================================================================""", port, DemoCatalog.PASSWORD, pad("admin"), teams);
    }

    private static String pad(String username) {
        return String.format("%-8s", username);
    }
}
