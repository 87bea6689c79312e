package dev.beacon.maintenance.api;

import dev.beacon.maintenance.CalendarFeedService;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The iCalendar feed of a person's due dates, for calendar apps: no login, the secret in the URL decides whose it is.
 * Unknown and revoked secrets answer a bare 404, the same as any path that does not exist.
 */
@RestController
@Hidden
class CalendarFeedController {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final CalendarFeedService feeds;

    CalendarFeedController(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/calendar/{secret}.ics")
    ResponseEntity<String> calendar(@PathVariable String secret) {
        return feeds.calendar(secret)
                .map(calendar -> ResponseEntity.ok()
                        .contentType(CALENDAR)
                        .cacheControl(CacheControl.noStore())
                        .body(calendar))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
