package se.stegvis.group;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.List;

/** What staff write about an activity, as the service checks it (the wire request maps onto it). */
record ActivityDraft(ActivityType type, Texts title, @Nullable Texts description, String place, int capacity,
                     @Nullable LocalDate signupOpens, @Nullable LocalDate signupCloses,
                     List<SessionDraft> sessions) {
}
