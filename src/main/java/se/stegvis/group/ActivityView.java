package se.stegvis.group;

import java.util.List;

/** An activity with its sessions and how many hold a seat or wait. */
record ActivityView(Activity activity, List<GroupSession> sessions, long booked, long waitlisted) {
}
