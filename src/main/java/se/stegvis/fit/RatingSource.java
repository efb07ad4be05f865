package se.stegvis.fit;

/** Where a rating came from: the participant's phone, or a paper form a coach entered on their behalf. */
public enum RatingSource { PORTAL, PAPER }
