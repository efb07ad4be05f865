package se.stegvis.shared;

import org.apache.commons.csv.CSVFormat;

/**
 * Cells and format of CSV files people open in a spreadsheet. The Swedish-Excel form: UTF-8 with a byte order
 * mark (so Excel reads å ä ö and Arabic), semicolons, CRLF, fields quoted only when needed (quotes doubled).
 */
public final class CsvCells {
    /** Written first in a Swedish-Excel file. */
    public static final char BYTE_ORDER_MARK = '\uFEFF';
    public static final char SWEDISH_EXCEL = ';';

    private CsvCells() {
    }

    /** The commons-csv format with this delimiter (semicolon: Swedish Excel, comma: plain). */
    public static CSVFormat format(char delimiter) {
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setRecordSeparator("\r\n").get();
    }

    /**
     * A text cell that a spreadsheet would read as a formula (starting with = + - @, a tab or a carriage
     * return) gets a leading apostrophe, so an exported name or label can never run as a formula.
     */
    public static String safe(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
