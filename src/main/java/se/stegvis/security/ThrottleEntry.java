package se.stegvis.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/** Failed attempts in one bucket (e.g. "login-ip:1.2.3.4") within the current window. */
@MappedEntity("throttle")
record ThrottleEntry(@Id String bucket, LocalDateTime windowStart, int attempts, @Nullable LocalDateTime lockedUntil) {
}
