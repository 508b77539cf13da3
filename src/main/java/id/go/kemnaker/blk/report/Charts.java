package id.go.kemnaker.blk.report;

import java.util.List;

import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;

/**
 * Native charts (not pictures) whose series refer to the sheet's cells, with the values also cached in
 * the chart so it shows before any recalculation. Each chart goes on a printed page of its own
 * ({@link ReportSheet#chartPage()}). Every series has an explicit colour: Excel falls back on the theme,
 * but LibreOffice and WPS draw a series without one as nothing.
 */
final class Charts {

	/** The fill of bar series (RGB hex): explicit, since LibreOffice and WPS draw no bar without one. */
	static final String BAR_COLOUR = "4472C4";

	/** Line series colours in order (RGB hex): the first for TPT, the second for TPAK and thresholds. */
	static final List<String> LINE_COLOURS = List.of("C00000", "ED7D31");

	private Charts() {
	}

	/** A series' values: its cached numbers and the absolute reference of its cells. */
	record Series(String title, Double[] values, String reference) {
	}

	/**
	 * Horizontal bars in rank order, the first category at the top.
	 *
	 * @param categoryRef absolute reference of the category cells, e.g. {@code 'Sheet'!$C$6:$C$27}
	 */
	static XSSFChart rankedBars(ReportSheet sheet, String title, String[] categories, String categoryRef, Series bars) {
		XSSFChart chart = chart(sheet, title, false);
		XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.LEFT);
		XDDFValueAxis y = chart.createValueAxis(AxisPosition.BOTTOM);
		// rank 1 at the top: categories from the top down, the value axis at the bottom
		x.setOrientation(AxisOrientation.MAX_MIN);
		y.setCrosses(AxisCrosses.MAX);
		y.setNumberFormat("0");
		y.setCrossBetween(AxisCrossBetween.BETWEEN);
		XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
		data.setBarDirection(BarDirection.BAR);
		data.setVaryColors(false);
		data.setGapWidth(40);
		addSeries(data, categories, categoryRef, bars, BAR_COLOUR, false);
		chart.plot(data);
		return chart;
	}

	/** Vertical bars, one per category, with a threshold drawn as a line across them. */
	static XSSFChart barsWithThreshold(ReportSheet sheet, String title, String[] categories, String categoryRef,
			Series bars, Series threshold) {
		XSSFChart chart = chart(sheet, title, true);
		XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
		XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
		y.setCrosses(AxisCrosses.AUTO_ZERO);
		y.setCrossBetween(AxisCrossBetween.BETWEEN);
		y.setNumberFormat("0");
		XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
		data.setBarDirection(BarDirection.COL);
		data.setVaryColors(false);
		data.setGapWidth(50);
		addSeries(data, categories, categoryRef, bars, BAR_COLOUR, false);
		chart.plot(data);
		XDDFLineChartData line = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
		line.setVaryColors(false);
		addSeries(line, categories, categoryRef, threshold, LINE_COLOURS.get(1), true);
		chart.plot(line);
		return chart;
	}

	/**
	 * Lines over rounds: the first series on the left axis, the second (when there is one) on an axis of
	 * its own on the right, since a rate near 5 and one near 70 share no useful scale.
	 */
	static XSSFChart lines(ReportSheet sheet, String title, String[] categories, String categoryRef, Series left,
			Series right) {
		XSSFChart chart = chart(sheet, title, true);
		XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
		XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
		y.setCrosses(AxisCrosses.AUTO_ZERO);
		y.setCrossBetween(AxisCrossBetween.BETWEEN);
		y.setNumberFormat("0.0");
		XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
		data.setVaryColors(false);
		addSeries(data, categories, categoryRef, left, LINE_COLOURS.get(0), true);
		chart.plot(data);
		if (right != null) {
			XDDFCategoryAxis x2 = chart.createCategoryAxis(AxisPosition.BOTTOM);
			x2.setVisible(false);
			XDDFValueAxis y2 = chart.createValueAxis(AxisPosition.RIGHT);
			y2.setCrosses(AxisCrosses.MAX);
			y2.setCrossBetween(AxisCrossBetween.BETWEEN);
			y2.setNumberFormat("0.0");
			x2.crossAxis(y2);
			y2.crossAxis(x2);
			XDDFLineChartData second = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x2, y2);
			second.setVaryColors(false);
			addSeries(second, categories, categoryRef, right, LINE_COLOURS.get(1), true);
			chart.plot(second);
		}
		return chart;
	}

	private static XSSFChart chart(ReportSheet sheet, String title, boolean legend) {
		XSSFClientAnchor anchor = sheet.chartPage();
		XSSFChart chart = sheet.sheet().getDrawingPatriarch().createChart(anchor);
		chart.setTitleText(title);
		chart.setTitleOverlay(false);
		// a series may live in a hidden column (a threshold): plotted all the same
		if (chart.getCTChart().isSetPlotVisOnly()) {
			chart.getCTChart().getPlotVisOnly().setVal(false);
		}
		else {
			chart.getCTChart().addNewPlotVisOnly().setVal(false);
		}
		if (legend) {
			chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
		}
		return chart;
	}

	private static void addSeries(XDDFChartData data, String[] categories, String categoryRef, Series s, String colour,
			boolean line) {
		XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromArray(categories, categoryRef);
		XDDFNumericalDataSource<Double> vals = XDDFDataSourcesFactory.fromArray(s.values(), s.reference());
		XDDFChartData.Series series = data.addSeries(cats, vals);
		series.setTitle(s.title(), null);
		XDDFSolidFillProperties fill = new XDDFSolidFillProperties(XDDFColor.from(hex(colour)));
		XDDFShapeProperties shape = new XDDFShapeProperties();
		if (line) {
			XDDFLineProperties stroke = new XDDFLineProperties(fill);
			stroke.setWidth(2.5);
			shape.setLineProperties(stroke);
			if (series instanceof XDDFLineChartData.Series ls) {
				ls.setSmooth(false);
				ls.setMarkerStyle(MarkerStyle.CIRCLE);
			}
		}
		else {
			shape.setFillProperties(fill);
			shape.setLineProperties(new XDDFLineProperties(new XDDFNoFillProperties()));
		}
		series.setShapeProperties(shape);
	}

	private static byte[] hex(String rgb) {
		int v = Integer.parseInt(rgb, 16);
		return new byte[] { (byte) (v >> 16), (byte) (v >> 8), (byte) v };
	}
}
