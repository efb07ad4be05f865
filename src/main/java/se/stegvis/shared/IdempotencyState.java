package se.stegvis.shared;

/** IN_FLIGHT: claimed, the action is running (or its instance died); DONE: the response is stored. */
enum IdempotencyState { IN_FLIGHT, DONE }
