package se.stegvis.fit;

import java.math.BigDecimal;

/**
 * The FIT rules' thresholds for one team. A team without stored settings uses {@link #DEFAULTS};
 * the values and where they come from are listed in docs/fit-trajectory.md.
 *
 * @param cutoffAdult             ORS clinical cutoff from 18 years (25)
 * @param cutoffYouth             ORS clinical cutoff at 13–17 years (28)
 * @param cutoffChild             ORS clinical cutoff under 13 years (32)
 * @param atCutoffCountsAsBelow   whether a total exactly at the cutoff counts as in the clinical range (false)
 * @param reliableChange          reliable change index in ORS points (5): a change at least this large is reliable
 * @param srsTotalAlertBelow      an SRS total below this raises an alert (36)
 * @param srsItemAlertBelow       an SRS item below this raises an alert (9)
 * @param srsDropAlert            an SRS total this much below the previous one raises an alert (0.1: any drop,
 *                                answers having one decimal)
 * @param noChangeAfterSessions   from this session number on, no reliable ORS change raises an alert (6)
 * @param missingWindowDays       sessions held within this many days before today and lacking ratings raise an
 *                                alert (14)
 * @param trajectoryMinParticipants percentile bands are shown for a session number and intake band only with at
 *                                least this many participants' ratings (10)
 * @param groupMinAnswers         a group session's average and spread are shown only with at least this many
 *                                answers (3)
 */
public record FitSettings(BigDecimal cutoffAdult, BigDecimal cutoffYouth, BigDecimal cutoffChild,
                          boolean atCutoffCountsAsBelow, BigDecimal reliableChange, BigDecimal srsTotalAlertBelow,
                          BigDecimal srsItemAlertBelow, BigDecimal srsDropAlert, int noChangeAfterSessions,
                          int missingWindowDays, int trajectoryMinParticipants, int groupMinAnswers) {

    public static final FitSettings DEFAULTS = new FitSettings(new BigDecimal("25.0"), new BigDecimal("28.0"),
            new BigDecimal("32.0"), false, new BigDecimal("5.0"), new BigDecimal("36.0"), new BigDecimal("9.0"),
            new BigDecimal("0.1"), 6, 14, 10, 3);
}
