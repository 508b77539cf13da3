package id.go.kemnaker.blk.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.go.kemnaker.blk.domain.Message;

/** Where each column of a layout sits in a sheet, found from its header row. */
final class ColumnMap {

	private final Layout layout;
	private final int headerRow;
	private final Map<String, Integer> index;
	private final Map<String, String> headerText;

	ColumnMap(Layout layout, int headerRow, Map<String, Integer> index, Map<String, String> headerText) {
		this.layout = layout;
		this.headerRow = headerRow;
		this.index = Map.copyOf(index);
		this.headerText = Map.copyOf(headerText);
	}

	Layout layout() {
		return layout;
	}

	int headerRow() {
		return headerRow;
	}

	boolean has(String column) {
		return index.containsKey(column);
	}

	/** 0-based column index, or -1 when the sheet does not have the column. */
	int col(String column) {
		Integer i = index.get(column);
		return i == null ? -1 : i;
	}

	/** How the column is labelled in the file, with its letter: {@code F (angkatan_kerja)}. */
	String describe(String column) {
		Integer i = index.get(column);
		if (i == null) {
			return column;
		}
		return RawRow.columnLetters(i) + " (" + headerText.get(column) + ")";
	}

	String headerText(String column) {
		return headerText.getOrDefault(column, column);
	}

	/**
	 * The header row among the first rows of a sheet: the first row that holds every required column of
	 * one of the candidate layouts. Returns null and explains in {@code why} when there is none.
	 */
	static ColumnMap find(List<RawRow> rows, List<Layout> candidates, List<Message> why) {
		ColumnMap best = null;
		int bestScore = -1;
		Message bestMissing = null;
		for (RawRow row : rows) {
			ColumnMap found = null;
			for (Layout layout : candidates) {
				Map<String, Integer> index = new HashMap<>();
				Map<String, String> text = new HashMap<>();
				Message duplicate = null;
				Map<String, String> keyToColumn = new HashMap<>();
				for (ColumnSpec spec : layout.columns()) {
					for (String key : spec.keys()) {
						keyToColumn.putIfAbsent(key, spec.name());
					}
				}
				for (int c = 0; c < row.width(); c++) {
					String cell = row.value(c);
					if (cell == null || row.kind(c) != RawRow.TEXT) {
						continue;
					}
					String column = keyToColumn.get(ColumnSpec.normalize(cell));
					if (column == null) {
						continue;
					}
					if (index.containsKey(column)) {
						duplicate = Message.of("msg.header.twice", row.number(), column,
								RawRow.columnLetters(index.get(column)), text.get(column), RawRow.columnLetters(c), cell.strip());
						continue;
					}
					index.put(column, c);
					text.put(column, cell.strip());
				}
				List<String> missing = missing(layout, index);
				int score = index.size();
				if (missing.isEmpty()) {
					if (duplicate != null) {
						why.add(duplicate);
						return null;
					}
					ColumnMap candidate = new ColumnMap(layout, row.number(), index, text);
					if (found == null || score > found.index.size()) {
						found = candidate;
					}
				}
				else if (score > bestScore) {
					bestScore = score;
					bestMissing = Message.of("msg.header.lacks", row.number(), String.join(", ", missing),
							Message.of(layout.label()));
				}
			}
			if (found != null) {
				return found;
			}
		}
		if (bestScore <= 0) {
			why.add(Message.of("msg.header.none", rows.size()));
		}
		else {
			why.add(bestMissing);
		}
		return best;
	}

	private static List<String> missing(Layout layout, Map<String, Integer> index) {
		List<String> missing = new ArrayList<>();
		for (List<String> group : layout.required()) {
			if (group.stream().noneMatch(index::containsKey)) {
				missing.add(String.join("/", group));
			}
		}
		return missing;
	}
}
