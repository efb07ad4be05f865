package se.stegvis.team;

import jakarta.inject.Singleton;
import se.stegvis.security.Actor;

/** Finds the staff row behind an {@link Actor}: its association scopes everything the caller may see. */
@Singleton
class Callers {
    private final StaffRepository staff;

    Callers(StaffRepository staff) {
        this.staff = staff;
    }

    Staff staff(Actor actor) {
        if (!actor.isStaff()) {
            throw new StaffNotFound();
        }
        return staff.findById(actor.id()).filter(Staff::active).orElseThrow(StaffNotFound::new);
    }
}
