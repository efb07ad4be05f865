package se.stegvis.team;

import io.micronaut.serde.annotation.Serdeable;

/** A new member and their TOTP secret. The secret is shown this once and never again. */
@Serdeable
record EnrolledStaffResponse(StaffResponse staff, String totpSecret, String otpauthUri) {
    static EnrolledStaffResponse from(StaffAdminService.Enrolled e) {
        return new EnrolledStaffResponse(StaffResponse.from(e.staff()), e.totpSecret(), e.otpauthUri());
    }
}
