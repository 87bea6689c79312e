package dev.beacon.demo;

import dev.beacon.maintenance.ScheduleRecurrence;
import dev.beacon.maintenance.TicketPriority;
import dev.beacon.maintenance.TicketStatus;
import dev.beacon.maintenance.TicketType;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The maintenance work the demo teams have on their plate: open tickets and recurring schedules, told with the demo
 * catalog's models and people. Dates count from the day of the first start. README's demo section tells the same
 * story; keep them together. There is no done ticket: Beacon stamps changes with its clock, so a ticket "completed
 * last week" could only be faked.
 */
final class DemoMaintenancePlan {

    /** A ticket as {@code openedBy} opens it; {@code status} is where its assignee (or else its opener) moves it. */
    record DemoTicket(String team, String openedBy, String model, TicketType type, String title, String description,
                      TicketPriority priority, String assignee, Integer dueInDays, List<String> labels,
                      TicketStatus status, List<DemoComment> comments) {
    }

    record DemoComment(String by, String body) {
    }

    /** A schedule as {@code createdBy} adds it; its first ticket opens {@code startInDays} from the first start. */
    record DemoSchedule(String team, String createdBy, String model, ScheduleRecurrence recurrence, int startInDays,
                        TicketType type, String title, String description, TicketPriority priority, String assignee,
                        Integer dueAfterDays) {
    }

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static final List<DemoTicket> TICKETS = List.of(
            new DemoTicket("Platform", "olivia", "qwen2.5-coder-32b", TicketType.SECURITY_PATCH,
                    "Patch vLLM to 0.7.2 (security advisory)",
                    "The image scanner flagged the vLLM 0.6 image the code model still runs on; llama-3.1-70b-instruct "
                            + "moved to 0.7 in January. Roll the patched image out node by node.",
                    TicketPriority.HIGH, "ethan", 2, List.of("cve", "vllm"), TicketStatus.IN_PROGRESS,
                    List.of(new DemoComment("ethan", "Canary node runs 0.7.2 since this morning, completions look normal. "
                            + "Alert notices of the model are held back until this ticket is done."))),
            new DemoTicket("Platform", "olivia", null, TicketType.SECURITY_AUDIT, "Quarterly access review",
                    "Check who holds ingestion keys and team roles; remove what nobody needs any more.",
                    TicketPriority.NORMAL, "olivia", -2, List.of("compliance"), TicketStatus.OPEN, List.of()),
            new DemoTicket("Platform", "ethan", "mixtral-8x7b-instruct", TicketType.CONFIGURATION_CHANGE,
                    "Move the two legacy tools to llama-3.1-70b-instruct",
                    "mixtral-8x7b-instruct is deprecated; once nothing calls it, retire it and free the TGI node.",
                    TicketPriority.LOW, null, null, List.of("cleanup"), TicketStatus.OPEN,
                    List.of(new DemoComment("olivia", "The wiki search tool is moved; the release-notes bot is left."))),
            new DemoTicket("Research", "samir", "mistral-7b-support-ft", TicketType.RETRAINING,
                    "Fine-tune ft-004 with the Q4 support transcripts",
                    "Support Bots runs ft-003 in production; add the Q4 transcripts and compare against it.",
                    // Open, not in progress: an in-progress retraining would silence the model, and its Smoke QA
                    // accuracy alert (the demo's drifting model) would never reach the team's bell.
                    TicketPriority.NORMAL, "nina", 10, List.of("fine-tune"), TicketStatus.OPEN, List.of()),
            new DemoTicket("Research", "nina", "phi-3-mini-eval", TicketType.MODEL_UPDATE,
                    "Update the llama.cpp build of the eval baseline",
                    "The new build is about 20 % faster on CPU; re-run the baseline evals afterwards.",
                    TicketPriority.LOW, "samir", 14, List.of(), TicketStatus.OPEN, List.of()),
            new DemoTicket("Support Bots", "nina", "ticket-triage", TicketType.RETRAINING,
                    "Retrain support classifier on Q4 tickets",
                    "Two new queues since October (billing disputes, data export); the classifier does not know them yet.",
                    TicketPriority.NORMAL, "leo", 7, List.of("classification"), TicketStatus.OPEN, List.of()),
            new DemoTicket("Support Bots", "leo", "support-assistant", TicketType.THRESHOLD_REVIEW,
                    "Review the error-rate thresholds after the rate-limit bursts",
                    "Three error bursts at the afternoon peak in three weeks: is 5 % / 20 % right, or should we raise "
                            + "the gateway's rate limit instead?",
                    TicketPriority.HIGH, "nina", 1, List.of("alerts"), TicketStatus.OPEN,
                    List.of(new DemoComment("nina", "I'd rather fix the rate limit first; let's look at it together."))));

    static final List<DemoSchedule> SCHEDULES = List.of(
            new DemoSchedule("Platform", "olivia", null, ScheduleRecurrence.every(30, ScheduleRecurrence.Unit.DAYS, ZoneOffset.UTC),
                    12, TicketType.SECURITY_PATCH, "Security patch review",
                    "Check the advisories of vLLM, TGI and the CUDA images; open a ticket per patch that is needed.",
                    TicketPriority.NORMAL, "ethan", 7),
            new DemoSchedule("Platform", "olivia", "llama-3.1-70b-instruct",
                    ScheduleRecurrence.every(90, ScheduleRecurrence.Unit.DAYS, ZoneOffset.UTC), 30,
                    TicketType.THRESHOLD_REVIEW, "Threshold review",
                    "Are the alert thresholds still above the usual figures and below what users notice?",
                    TicketPriority.NORMAL, "olivia", 14),
            new DemoSchedule("Platform", "ethan", null, ScheduleRecurrence.cron("0 9 1 * *", BERLIN), 0,
                    TicketType.OTHER, "Monthly GPU driver check",
                    "Compare the A100 nodes' driver and CUDA versions with the vendor's current release.",
                    TicketPriority.LOW, "ethan", 5),
            new DemoSchedule("Research", "samir", "phi-3-mini-eval",
                    ScheduleRecurrence.every(4, ScheduleRecurrence.Unit.WEEKS, ZoneOffset.UTC), 9,
                    TicketType.OTHER, "Re-run the eval baselines", "So the candidates are compared with fresh figures.",
                    TicketPriority.NORMAL, "samir", 3),
            new DemoSchedule("Support Bots", "nina", "ticket-triage",
                    ScheduleRecurrence.every(3, ScheduleRecurrence.Unit.MONTHS, ZoneOffset.UTC), 60,
                    TicketType.RETRAINING, "Quarterly retraining on the latest tickets",
                    "Retrain on the quarter's routed tickets so new queues are learnt.", TicketPriority.NORMAL, "leo", 14));

    private DemoMaintenancePlan() {
    }
}
