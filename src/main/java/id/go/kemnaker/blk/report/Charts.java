package id.go.kemnaker.blk.report;

import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

/**
 * Native Excel bar charts (not pictures) whose series refer to the sheet's cells, with the values also
 * cached in the chart so it shows before any recalculation.
 */
final class Charts {

	/** The fill of bar series (RGB hex): explicit, since LibreOffice and WPS draw no bar without one. */
	static final String BAR_COLOUR = "4472C4";

	/** Line series colours in order (RGB hex): the first for TPT, the second for TPAK and thresholds. */
	static final java.util.List<String> LINE_COLOURS = java.util.List.of("C00000", "ED7D31");

	private Charts() {
	}

	/**
	 * @param categoryRef absolute reference of the category cells, e.g. {@code 'Sheet'!$C$6:$C$27}
	 * @param valueRef absolute reference of the value cells
	 */
	static XSSFChart bar(ReportSheet sheet, String title, String seriesTitle, String[] categories, Double[] values,
			String categoryRef, String valueRef, int col1, int row1, int col2, int row2) {
		sheet.sheet().createDrawingPatriarch();
		XSSFDrawing drawing = sheet.sheet().getDrawingPatriarch();
		XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, col1, row1, col2, row2);
		XSSFChart chart = drawing.createChart(anchor);
		chart.setTitleText(title);
		chart.setTitleOverlay(false);
		XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.LEFT);
		XDDFValueAxis y = chart.createValueAxis(AxisPosition.BOTTOM);
		y.setCrosses(AxisCrosses.AUTO_ZERO);
		XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromArray(categories, categoryRef);
		XDDFNumericalDataSource<Double> vals = XDDFDataSourcesFactory.fromArray(values, valueRef);
		XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
		data.setBarDirection(BarDirection.BAR);
		data.setVaryColors(false);
		data.addSeries(cats, vals).setTitle(seriesTitle, null);
		chart.plot(data);
		return chart;
	}
}
