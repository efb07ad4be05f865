package se.stegvis.group;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.stegvis.participant.ParticipantView;
import se.stegvis.security.Actor;
import se.stegvis.shared.Ids;
import se.stegvis.shared.Times;

import se.stegvis.shared.Sha256;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Calendars: a private feed of the participant's own seats at a secret, revocable URL (a random
 * 256-bit token, stored only as its SHA-256; a new link replaces the old one) and an .ics file per
 * activity. Waitlist places are not in the feed: only seats the participant holds.
 */
@Singleton
class CalendarService {
    private final CalendarTokenRepository tokens;
    private final BookingRepository bookings;
    private final ActivityRepository activities;
    private final SessionRepository sessions;
    private final GroupAccess access;
    private final Ids ids;
    private final Clock clock;

    CalendarService(CalendarTokenRepository tokens, BookingRepository bookings, ActivityRepository activities,
                    SessionRepository sessions, GroupAccess access, Ids ids, Clock clock) {
        this.tokens = tokens;
        this.bookings = bookings;
        this.activities = activities;
        this.sessions = sessions;
        this.access = access;
        this.ids = ids;
        this.clock = clock;
    }

    /** A new secret token for the participant's feed; any earlier link stops working. */
    @Transactional
    String newLink(Actor participant) {
        ParticipantView p = access.participant(participant);
        String token = ids.newToken(32);
        CalendarToken row = new CalendarToken(p.id(), Sha256.hex(token), p.details().preferredLanguage());
        if (tokens.existsById(p.id())) {
            tokens.update(row);
        } else {
            tokens.save(row);
        }
        return token;
    }

    @Transactional
    void revoke(Actor participant) {
        tokens.deleteById(access.participant(participant).id());
    }

    /** The feed behind a token, or empty for an unknown or revoked one. */
    Optional<String> feed(String token) {
        return tokens.findByTokenHash(Sha256.hex(token)).map(t -> {
            List<UUID> held = bookings.findByParticipantIdAndStatusNotEqual(t.participantId(), BookingStatus.CANCELLED)
                    .stream().filter(b -> b.status() == BookingStatus.BOOKED).map(Booking::activityId).toList();
            List<Activity> list = held.isEmpty() ? List.of() : activities.findByIdIn(held);
            return write("Stegvis", list, t.language());
        });
    }

    /** One activity of the participant's team as an .ics file. */
    String activity(Actor participant, UUID activityId) {
        ParticipantView p = access.participant(participant);
        Activity a = access.participantActivity(p, activityId);
        return write(a.title().in(p.details().preferredLanguage()), List.of(a), p.details().preferredLanguage());
    }

    private String write(String name, List<Activity> list, String language) {
        Map<UUID, Activity> byId = list.stream().collect(Collectors.toMap(Activity::id, Function.identity()));
        List<ICalendar.Event> events = list.isEmpty() ? List.of()
                : sessions.findByActivityIdInOrderBySessionDateAscStartTimeAsc(byId.keySet()).stream().map(s -> {
                    Activity a = byId.get(s.activityId());
                    Texts d = a.description();
                    return new ICalendar.Event(s.id() + "@stegvis", s.start(), s.end(), a.title().in(language),
                            a.place(), d == null ? "" : d.in(language));
                }).toList();
        return ICalendar.write(name, events, Times.nowUtc(clock));
    }
}
