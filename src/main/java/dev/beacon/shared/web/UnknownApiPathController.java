package dev.beacon.shared.web;

import dev.beacon.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers API paths that match no endpoint with a 404 problem, instead of letting them fall through
 * to the Vaadin servlet (which would answer with an HTML page). More specific mappings always win.
 */
@RestController
@Hidden
class UnknownApiPathController {

    @RequestMapping("/api/v1/**")
    void unknown() {
        throw new NotFoundException("API endpoint");
    }
}
