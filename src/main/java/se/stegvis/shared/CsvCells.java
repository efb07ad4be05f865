package se.stegvis.shared;

/** Cells of CSV files people open in a spreadsheet. */
public final class CsvCells {
    private CsvCells() {
    }

    /**
     * A text cell that a spreadsheet would read as a formula (starting with = + - @, a tab or a carriage
     * return) gets a leading apostrophe, so an exported name or label can never run as a formula.
     */
    public static String safe(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
