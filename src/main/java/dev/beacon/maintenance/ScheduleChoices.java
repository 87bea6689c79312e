package dev.beacon.maintenance;

import dev.beacon.security.UserReference;

import java.util.List;

/** What a schedule form of a team offers: the team's models and its EDITORs and OWNERs (the possible assignees). */
public record ScheduleChoices(List<ModelChoice> models, List<UserReference> assignees) {
}
