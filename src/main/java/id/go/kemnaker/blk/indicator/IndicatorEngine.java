package id.go.kemnaker.blk.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.go.kemnaker.blk.domain.BlkRecord;
import id.go.kemnaker.blk.domain.BlkStatus;
import id.go.kemnaker.blk.domain.DemandRecord;
import id.go.kemnaker.blk.domain.DemandSource;
import id.go.kemnaker.blk.domain.Period;
import id.go.kemnaker.blk.domain.Province;
import id.go.kemnaker.blk.domain.ProvinceCatalog;

/**
 * Computes the whole indicator catalogue for a report period from counts: labour market, training
 * supply, training outcomes, labour demand, and the BLK demand index with the allocation. Plain Java: no
 * database, no spreadsheet.
 */
public final class IndicatorEngine {

	private final ProvinceCatalog catalog;
	private final IndicatorSettings settings;

	public IndicatorEngine(ProvinceCatalog catalog, IndicatorSettings settings) {
		this.catalog = catalog;
		this.settings = settings;
	}

	/** The report period: the one asked for, else the latest labour-force round in the inputs. */
	public Period reportPeriod(IndicatorInputs in, Period requested) {
		if (requested != null) {
			return requested;
		}
		Period latest = new LabourMarket(catalog, in.labour(), in.nationalRows()).latestRound();
		if (latest == null) {
			throw new IllegalStateException("there are no labour-force figures in the inputs, so no report period can be"
					+ " chosen; add labour-force data or give --period=YYYY-MM");
		}
		return latest;
	}

	/** First and last day of the training window: the months ending with the report period's month. */
	public LocalDate[] window(Period period) {
		return new LocalDate[] { period.minusMonths(settings.windowMonths() - 1).firstDay(), period.lastDay() };
	}

	/** First and last day of the training window of the same length that ends where this one starts. */
	public LocalDate[] previousWindow(Period period) {
		LocalDate start = window(period)[0];
		return new LocalDate[] { Period.of(start).minusMonths(settings.windowMonths()).firstDay(), start.minusDays(1) };
	}

	public Results compute(IndicatorInputs in, Period period) {
		LocalDate[] window = window(period);
		LabourMarket labour = new LabourMarket(catalog, in.labour(), in.nationalRows());
		List<IndicatorValue> out = new ArrayList<>();
		for (Period round : labour.rounds()) {
			for (Province p : catalog.all()) {
				out.addAll(labour.province(Scope.PROVINCE_ROUND, p.code() + "|" + round, p.code(), round));
			}
			out.addAll(labour.national(Scope.NATIONAL_ROUND, round.toString(), round));
		}
		for (Province p : catalog.all()) {
			out.addAll(labour.province(Scope.PROVINCE, p.code(), p.code(), period));
		}
		out.addAll(labour.national(Scope.NATIONAL, "ID", period));
		Results partial = new Results(period, window[0], window[1], out, List.of());
		for (Province p : catalog.all()) {
			out.addAll(yearOnYear(partial, Scope.PROVINCE, p.code(), Scope.PROVINCE_ROUND, p.code() + "|", p, period));
		}
		out.addAll(yearOnYear(partial, Scope.NATIONAL, "ID", Scope.NATIONAL_ROUND, "", null, period));
		out.addAll(supply(in.blks(), partial));
		out.addAll(demand(in.demand(), partial, period, window));
		// the demand index reads labour, supply and demand figures, none of the training outcomes (most of
		// the values): it is computed from those few, and follows the outcomes in the results
		List<IndicatorValue> index = new DemandIndex(catalog, settings)
			.compute(new Results(period, window[0], window[1], out, List.of()), in.blks());
		Map<String, String> blkProvince = new HashMap<>();
		for (BlkRecord b : in.blks()) {
			blkProvince.put(b.code(), b.provinceCode());
		}
		TrainingOutcomes outcomes = new TrainingOutcomes(blkProvince);
		in.outcomes().forEach(outcomes::add);
		in.days().forEach(outcomes::add);
		List<IndicatorValue> outcomeValues = outcomes.values();
		out.addAll(outcomeValues);
		out.addAll(capacityUse(in.blks(), outcomeValues, out));
		out.addAll(previousPlacement(blkProvince, in.previousOutcomes()));
		out.addAll(index);
		return new Results(period, window[0], window[1], out, labour.crossChecks());
	}

	/**
	 * Participants in the window against the seats of operating BLK, per BLK, province and national: seats
	 * are per year, so a window of another length scales them to its months. Blank without seats, or without
	 * any trainee counted for the BLK or province (no report is not an empty class).
	 */
	private List<IndicatorValue> capacityUse(List<BlkRecord> blks, List<IndicatorValue> outcomes,
			List<IndicatorValue> supply) {
		Map<String, Double> participants = new HashMap<>();
		for (IndicatorValue v : outcomes) {
			if (v.indicator() == Indicator.PARTICIPANTS && IndicatorValue.TOTAL.equals(v.gender())) {
				participants.put(v.scope() + "|" + v.key(), v.value());
			}
		}
		Map<String, Double> seats = new HashMap<>();
		for (IndicatorValue v : supply) {
			if (v.indicator() == Indicator.SEATS && v.value() != null) {
				seats.put(v.scope() + "|" + v.key(), v.value());
			}
		}
		List<IndicatorValue> out = new ArrayList<>();
		for (BlkRecord b : blks) {
			Double s = b.status() == BlkStatus.OPERATING && b.annualCapacity() != null ? (double) b.annualCapacity() : null;
			out.add(capacityUse(Scope.BLK, b.code(), participants.get(Scope.BLK + "|" + b.code()), s));
		}
		for (Province p : catalog.all()) {
			out.add(capacityUse(Scope.PROVINCE, p.code(), participants.get(Scope.PROVINCE + "|" + p.code()),
					seats.get(Scope.PROVINCE + "|" + p.code())));
		}
		out.add(capacityUse(Scope.NATIONAL, "ID", participants.get(Scope.NATIONAL + "|ID"), seats.get(Scope.NATIONAL + "|ID")));
		return out;
	}

	private IndicatorValue capacityUse(Scope scope, String key, Double participants, Double annualSeats) {
		if (annualSeats == null || annualSeats <= 0) {
			return IndicatorValue.blank(scope, key, Indicator.CAPACITY_USE, Flag.NO_CAPACITY);
		}
		if (participants == null) {
			return IndicatorValue.blank(scope, key, Indicator.CAPACITY_USE, Flag.NO_PARTICIPANTS);
		}
		double seats = annualSeats * settings.windowMonths() / 12.0;
		return IndicatorValue.of(scope, key, Indicator.CAPACITY_USE, Rounding.round(100.0 * participants / seats, 2));
	}

	/** The placement rate of the previous window, national and per province, flagged as the current one is. */
	private List<IndicatorValue> previousPlacement(Map<String, String> blkProvince,
			List<IndicatorInputs.OutcomeCell> cells) {
		TrainingOutcomes previous = new TrainingOutcomes(blkProvince);
		cells.forEach(previous::add);
		Map<String, IndicatorValue> rates = new HashMap<>();
		for (IndicatorValue v : previous.values()) {
			if (v.indicator() == Indicator.PLACEMENT_RATE && IndicatorValue.TOTAL.equals(v.gender())
					&& (v.scope() == Scope.NATIONAL || v.scope() == Scope.PROVINCE)) {
				rates.put(v.scope() + "|" + v.key(), v);
			}
		}
		List<IndicatorValue> out = new ArrayList<>();
		out.add(previousRate(rates.get(Scope.NATIONAL + "|ID"), Scope.NATIONAL, "ID"));
		for (Province p : catalog.all()) {
			out.add(previousRate(rates.get(Scope.PROVINCE + "|" + p.code()), Scope.PROVINCE, p.code()));
		}
		return out;
	}

	private static IndicatorValue previousRate(IndicatorValue rate, Scope scope, String key) {
		if (rate == null) {
			return IndicatorValue.blank(scope, key, Indicator.PLACEMENT_RATE_PREVIOUS, Flag.NO_PARTICIPANTS);
		}
		return new IndicatorValue(scope, key, Indicator.PLACEMENT_RATE_PREVIOUS, IndicatorValue.TOTAL, rate.value(),
				rate.flag());
	}

	private static List<IndicatorValue> yearOnYear(Results r, Scope scope, String key, Scope roundScope, String prefix,
			Province province, Period period) {
		Period previous = period.minusMonths(12);
		Double now = r.value(scope, key, Indicator.TPT);
		Double before = r.value(roundScope, prefix + previous, Indicator.TPT);
		List<IndicatorValue> out = new ArrayList<>();
		boolean comparable = province == null || province.comparable(previous, period);
		if (before == null) {
			out.add(IndicatorValue.blank(scope, key, Indicator.TPT_PREVIOUS_YEAR, Flag.NO_PREVIOUS_YEAR));
		}
		else {
			out.add(new IndicatorValue(scope, key, Indicator.TPT_PREVIOUS_YEAR, IndicatorValue.TOTAL, before,
					comparable ? null : Flag.NOT_COMPARABLE));
		}
		if (before == null || now == null) {
			out.add(IndicatorValue.blank(scope, key, Indicator.TPT_YOY, before == null ? Flag.NO_PREVIOUS_YEAR : Flag.NO_DATA));
		}
		else if (!comparable) {
			out.add(IndicatorValue.blank(scope, key, Indicator.TPT_YOY, Flag.NOT_COMPARABLE));
		}
		else {
			out.add(IndicatorValue.of(scope, key, Indicator.TPT_YOY, Rounding.round(now - before, 2)));
		}
		return out;
	}

	/** BLK counts by type and status, and seats of operating BLK, per province and national. */
	private List<IndicatorValue> supply(List<BlkRecord> blks, Results r) {
		Map<String, long[]> counts = new HashMap<>();
		for (BlkRecord b : blks) {
			long[] c = counts.computeIfAbsent(b.provinceCode(), k -> new long[6]);
			if (b.status() == BlkStatus.OPERATING) {
				c[b.type().ordinal()]++;
				c[3]++;
				c[5] += b.annualCapacity() == null ? 0 : b.annualCapacity();
			}
			else if (b.status().isPlanned()) {
				c[4]++;
			}
		}
		List<IndicatorValue> out = new ArrayList<>();
		long[] national = new long[6];
		for (Province p : catalog.all()) {
			long[] c = counts.getOrDefault(p.code(), new long[6]);
			for (int i = 0; i < 6; i++) {
				national[i] += c[i];
			}
			out.addAll(supplyValues(Scope.PROVINCE, p.code(), c, r.value(Scope.PROVINCE, p.code(), Indicator.UNEMPLOYED),
					blks.isEmpty()));
		}
		out.addAll(supplyValues(Scope.NATIONAL, "ID", national, r.value(Scope.NATIONAL, "ID", Indicator.UNEMPLOYED),
				blks.isEmpty()));
		return out;
	}

	private static List<IndicatorValue> supplyValues(Scope scope, String key, long[] c, Double unemployed,
			boolean noInventory) {
		List<IndicatorValue> out = new ArrayList<>();
		Indicator[] ids = { Indicator.BLK_OPERATING_UPTP, Indicator.BLK_OPERATING_UPTD, Indicator.BLK_OPERATING_KOMUNITAS,
				Indicator.BLK_OPERATING, Indicator.BLK_PLANNED, Indicator.SEATS };
		for (int i = 0; i < ids.length; i++) {
			out.add(noInventory ? IndicatorValue.blank(scope, key, ids[i], Flag.NO_DATA)
					: IndicatorValue.of(scope, key, ids[i], (double) c[i]));
		}
		long seats = c[5];
		if (noInventory) {
			out.add(IndicatorValue.blank(scope, key, Indicator.UNEMPLOYED_PER_SEAT, Flag.NO_DATA));
			out.add(IndicatorValue.blank(scope, key, Indicator.SEAT_COVERAGE, Flag.NO_DATA));
		}
		else if (unemployed == null) {
			out.add(IndicatorValue.blank(scope, key, Indicator.UNEMPLOYED_PER_SEAT, Flag.MISSING_COUNTS));
			out.add(IndicatorValue.blank(scope, key, Indicator.SEAT_COVERAGE, Flag.MISSING_COUNTS));
		}
		else {
			long u = Math.round(unemployed);
			out.add(seats == 0 ? IndicatorValue.blank(scope, key, Indicator.UNEMPLOYED_PER_SEAT, Flag.NO_CAPACITY)
					: IndicatorValue.of(scope, key, Indicator.UNEMPLOYED_PER_SEAT, Rounding.ratio(u, seats)));
			Double coverage = Rounding.percent(seats, u);
			out.add(coverage == null ? IndicatorValue.blank(scope, key, Indicator.SEAT_COVERAGE, Flag.NO_DENOMINATOR)
					: IndicatorValue.of(scope, key, Indicator.SEAT_COVERAGE, coverage));
		}
		return out;
	}

	/**
	 * Vacancies and PSN workers per province: rows for a month in the training window, or for the report
	 * period's year. A province without any demand row is blank (not 0).
	 */
	private List<IndicatorValue> demand(List<DemandRecord> rows, Results r, Period period, LocalDate[] window) {
		Map<String, EnumMap<DemandSource, Long>> byProvince = new HashMap<>();
		for (DemandRecord d : rows) {
			boolean in = d.wholeYear() ? d.period().year() == period.year()
					: !d.period().firstDay().isBefore(window[0]) && !d.period().firstDay().isAfter(window[1]);
			if (in) {
				byProvince.computeIfAbsent(d.provinceCode(), k -> new EnumMap<>(DemandSource.class)).merge(d.source(),
						d.workersNeeded(), Long::sum);
			}
		}
		List<IndicatorValue> out = new ArrayList<>();
		long nationalVacancies = 0;
		long nationalPsn = 0;
		for (Province p : catalog.all()) {
			EnumMap<DemandSource, Long> m = byProvince.get(p.code());
			Long vac = m == null ? null : m.get(DemandSource.VACANCY);
			Long psn = m == null ? null : m.get(DemandSource.PSN);
			nationalVacancies += vac == null ? 0 : vac;
			nationalPsn += psn == null ? 0 : psn;
			out.addAll(demandValues(Scope.PROVINCE, p.code(), vac, psn, r.value(Scope.PROVINCE, p.code(), Indicator.UNEMPLOYED)));
		}
		out.addAll(demandValues(Scope.NATIONAL, "ID", byProvince.isEmpty() ? null : nationalVacancies,
				byProvince.isEmpty() ? null : nationalPsn, r.value(Scope.NATIONAL, "ID", Indicator.UNEMPLOYED)));
		return out;
	}

	private static List<IndicatorValue> demandValues(Scope scope, String key, Long vac, Long psn, Double unemployed) {
		List<IndicatorValue> out = new ArrayList<>();
		out.add(vac == null ? IndicatorValue.blank(scope, key, Indicator.VACANCIES, Flag.NO_DEMAND_DATA)
				: IndicatorValue.of(scope, key, Indicator.VACANCIES, (double) vac));
		out.add(psn == null ? IndicatorValue.blank(scope, key, Indicator.PSN_WORKERS, Flag.NO_DEMAND_DATA)
				: IndicatorValue.of(scope, key, Indicator.PSN_WORKERS, (double) psn));
		if (vac == null && psn == null) {
			out.add(IndicatorValue.blank(scope, key, Indicator.DEMAND_PER_UNEMPLOYED, Flag.NO_DEMAND_DATA));
		}
		else if (unemployed == null) {
			out.add(IndicatorValue.blank(scope, key, Indicator.DEMAND_PER_UNEMPLOYED, Flag.MISSING_COUNTS));
		}
		else {
			long demand = (vac == null ? 0 : vac) + (psn == null ? 0 : psn);
			Double v = Rounding.ratio(demand, Math.round(unemployed));
			out.add(v == null ? IndicatorValue.blank(scope, key, Indicator.DEMAND_PER_UNEMPLOYED, Flag.NO_DENOMINATOR)
					: IndicatorValue.of(scope, key, Indicator.DEMAND_PER_UNEMPLOYED, v));
		}
		return out;
	}
}
