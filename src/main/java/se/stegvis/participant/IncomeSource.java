package se.stegvis.participant;

/** Main source of income before enrolment and after exit (background variable). */
public enum IncomeSource {
    FORSORJNINGSSTOD, SJUKPENNING, SJUKPENNING_SARSKILDA_FALL, AKTIVITETSERSATTNING, SJUKERSATTNING,
    AKTIVITETSSTOD, UNEMPLOYMENT_INSURANCE, SALARY, NONE, OTHER
}
