package id.go.kemnaker.blk.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The peak of the heap in use right after each garbage collection: what the program holds, as opposed to
 * what it has allocated and not yet collected (which fills whatever heap it is given). Watched while the
 * benchmark's job runs ({@code blk.debug.report-memory}).
 */
public final class HeapWatch {

	private static final AtomicLong PEAK_AFTER_GC = new AtomicLong();
	private static volatile boolean started;

	private HeapWatch() {
	}

	public static synchronized void start() {
		if (started) {
			return;
		}
		started = true;
		Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
			.filter(p -> p.getType() == MemoryType.HEAP)
			.map(MemoryPoolMXBean::getName)
			.collect(Collectors.toSet());
		for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			if (gc instanceof NotificationEmitter emitter) {
				emitter.addNotificationListener((notification, handback) -> {
					if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
						GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
							.from((CompositeData) notification.getUserData());
						long used = 0;
						for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
							if (heapPools.contains(e.getKey())) {
								used += e.getValue().getUsed();
							}
						}
						PEAK_AFTER_GC.accumulateAndGet(used, Math::max);
					}
				}, null, null);
			}
		}
	}

	/** The largest heap in use after a collection so far, in MB. */
	public static long peakAfterGcMb() {
		return PEAK_AFTER_GC.get() / (1024 * 1024);
	}
}
