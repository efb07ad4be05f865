package se.stegvis.group;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;
import java.util.UUID;

/** A participant enrolled through a startup group (one per participant): who marked it and when. */
@MappedEntity("group_startup_enrolment")
record StartupEnrolment(@Id UUID participantId, UUID activityId, UUID enrolledBy, LocalDateTime enrolledAt) {
}
