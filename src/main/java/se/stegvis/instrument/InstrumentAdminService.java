package se.stegvis.instrument;

import se.stegvis.audit.AuditService;
import se.stegvis.security.Actor;
import se.stegvis.security.Role;
import se.stegvis.team.StaffService;
import se.stegvis.team.StaffView;

import java.util.List;
import java.util.UUID;

/**
 * Instruments as the API offers them: always those of the caller's association (its own and the
 * built-ins it has not replaced), so another association's instrument is {@link InstrumentNotFound}.
 * Any staff member reads; admins create; admins and team leads change (a new version).
 */
@jakarta.inject.Singleton
class InstrumentAdminService {
    private final InstrumentService instruments;
    private final StaffService staff;
    private final AuditService audit;

    InstrumentAdminService(InstrumentService instruments, StaffService staff, AuditService audit) {
        this.instruments = instruments;
        this.staff = staff;
        this.audit = audit;
    }

    record NewInstrument(String code, PrivacyMode privacyMode, Scoring scoring, InstrumentDefinition definition) {
    }

    List<InstrumentVersionView> list(Actor actor) {
        return instruments.list(associationOf(actor).associationId());
    }

    InstrumentVersionView current(Actor actor, String code) {
        return instruments.current(associationOf(actor).associationId(), code);
    }

    InstrumentVersionView version(Actor actor, String code, int version) {
        return instruments.version(associationOf(actor).associationId(), code, version);
    }

    InstrumentVersionView create(Actor actor, NewInstrument n) {
        StaffView caller = associationOf(actor);
        if (caller.role() != Role.ADMIN) {
            throw new InstrumentNotFound();
        }
        InstrumentVersionView created = instruments.create(caller.associationId(), n.code(), n.privacyMode(),
                n.scoring(), n.definition(), caller.id());
        audit.record(actor, "INSTRUMENT_CREATED", null, null, created.code() + " v" + created.version());
        return created;
    }

    InstrumentVersionView revise(Actor actor, String code, InstrumentDefinition definition) {
        StaffView caller = associationOf(actor);
        if (caller.role() != Role.ADMIN && caller.role() != Role.TEAM_LEAD) {
            throw new InstrumentNotFound();
        }
        InstrumentVersionView revised = instruments.revise(caller.associationId(), code, definition, caller.id());
        audit.record(actor, "INSTRUMENT_REVISED", null, null, revised.code() + " v" + revised.version());
        return revised;
    }

    private StaffView associationOf(Actor actor) {
        if (!actor.isStaff()) {
            throw new InstrumentNotFound();
        }
        return staff.find(actor.id()).filter(StaffView::active).orElseThrow(InstrumentNotFound::new);
    }
}
