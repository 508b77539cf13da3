package id.go.kemnaker.blk.report;

import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold;
import org.apache.poi.ss.usermodel.Color;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFColor;

/** Conditional formatting where the eye needs it: colour scales and a low-value highlight. */
final class Formatting {

	private Formatting() {
	}

	/** Green (low) to red (high) over a column's data cells; blanks stay uncoloured. */
	static void colourScale(ReportTable table, int col) {
		if (table.rowCount() == 0) {
			return;
		}
		SheetConditionalFormatting cf = table.sheet().sheet().getSheetConditionalFormatting();
		ConditionalFormattingRule rule = cf.createConditionalFormattingColorScaleRule();
		var scale = rule.getColorScaleFormatting();
		scale.getThresholds()[0].setRangeType(ConditionalFormattingThreshold.RangeType.MIN);
		scale.getThresholds()[1].setRangeType(ConditionalFormattingThreshold.RangeType.PERCENTILE);
		scale.getThresholds()[1].setValue(50d);
		scale.getThresholds()[2].setRangeType(ConditionalFormattingThreshold.RangeType.MAX);
		scale.setColors(new Color[] { color("FF63BE7B"), color("FFFFEB84"), color("FFF8696B") });
		cf.addConditionalFormatting(new CellRangeAddress[] { range(table, col) }, rule);
	}

	/** Yellow fill on numeric cells below a threshold (blank cells are not highlighted). */
	static void highlightBelow(ReportTable table, int col, double threshold) {
		if (table.rowCount() == 0) {
			return;
		}
		SheetConditionalFormatting cf = table.sheet().sheet().getSheetConditionalFormatting();
		String first = new CellReference(table.firstDataRow(), col, false, false).formatAsString();
		ConditionalFormattingRule rule = cf.createConditionalFormattingRule("AND(ISNUMBER(" + first + ")," + first + "<"
				+ threshold + ")");
		PatternFormatting fill = rule.createPatternFormatting();
		fill.setFillBackgroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
		fill.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
		cf.addConditionalFormatting(new CellRangeAddress[] { range(table, col) }, rule);
	}

	/**
	 * Yellow fill on numeric cells below a threshold whose count in {@code countCol} of the same row is at
	 * least {@code minCount}: a rate over too few people is not called low (blank cells never are).
	 */
	static void highlightBelow(ReportTable table, int col, double threshold, int countCol, int minCount) {
		if (table.rowCount() == 0) {
			return;
		}
		SheetConditionalFormatting cf = table.sheet().sheet().getSheetConditionalFormatting();
		String first = new CellReference(table.firstDataRow(), col, false, false).formatAsString();
		String count = new CellReference(table.firstDataRow(), countCol, false, false).formatAsString();
		ConditionalFormattingRule rule = cf.createConditionalFormattingRule("AND(ISNUMBER(" + first + ")," + first + "<"
				+ threshold + ",N(" + count + ")>=" + minCount + ")");
		PatternFormatting fill = rule.createPatternFormatting();
		fill.setFillBackgroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
		fill.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
		cf.addConditionalFormatting(new CellRangeAddress[] { range(table, col) }, rule);
	}

	private static Color color(String argb) {
		XSSFColor c = new XSSFColor(new byte[3], null);
		c.setARGBHex(argb);
		return c;
	}

	private static CellRangeAddress range(ReportTable table, int col) {
		return new CellRangeAddress(table.firstDataRow(), table.firstDataRow() + table.rowCount() - 1, col, col);
	}

}
