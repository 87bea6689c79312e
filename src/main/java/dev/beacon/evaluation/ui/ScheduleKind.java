package dev.beacon.evaluation.ui;

import dev.beacon.evaluation.RunSchedule;

/** How the attach dialog offers a schedule; hours are stored as minutes. */
enum ScheduleKind {
    MANUAL("Manual only (Run now)"),
    MINUTES("Every N minutes"),
    HOURS("Every N hours"),
    CRON("Cron expression and time zone");

    private final String label;

    ScheduleKind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    static ScheduleKind of(RunSchedule schedule) {
        if (schedule == null) {
            return MANUAL;
        }
        if (schedule.isCron()) {
            return CRON;
        }
        return schedule.everyMinutes() % 60 == 0 ? HOURS : MINUTES;
    }
}
