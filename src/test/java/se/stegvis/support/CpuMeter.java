package se.stegvis.support;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * For benchmarks: where the CPU went between two samples — this JVM's threads grouped by name
 * (digits blanked: "io-executor-thread-#"), the database server process ({@code mariadbd} or
 * {@code mysqld}, read from /proc; it also serves anything else running on the machine) and the
 * whole machine. Threads that ended between the samples are not counted.
 */
public final class CpuMeter {
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final double TICK_NS = 1e9 / 100; // USER_HZ, 100 on Linux

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final long databasePid = findDatabasePid();

    /** CPU used so far, per thread id, plus the database process and the machine. */
    public record Sample(Map<Long, String> names, Map<Long, Long> threadNs, long processNs, long databaseNs,
                         long machineBusyNs, long machineTotalNs, long wallNs) {
    }

    /** CPU used between two samples, in nanoseconds. */
    public record Usage(Map<String, Long> byThreadGroup, long processNs, long databaseNs, long machineBusyNs,
                        long machineTotalNs, long wallNs) {
        /** CPU of this JVM's Java threads. */
        public long jvmNs() {
            return byThreadGroup.values().stream().mapToLong(Long::longValue).sum();
        }

        /** CPU of this JVM outside its Java threads: JIT compilers, garbage collector. */
        public long jvmInternalNs() {
            return Math.max(0, processNs - jvmNs());
        }

        public long groupNs(String prefix) {
            return byThreadGroup.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                    .mapToLong(Map.Entry::getValue).sum();
        }
    }

    public Sample sample() {
        Map<Long, String> names = new HashMap<>();
        Map<Long, Long> cpu = new HashMap<>();
        long[] ids = threads.getAllThreadIds();
        ThreadInfo[] infos = threads.getThreadInfo(ids);
        for (int i = 0; i < ids.length; i++) {
            long ns = threads.getThreadCpuTime(ids[i]);
            if (infos[i] != null && ns >= 0) {
                names.put(ids[i], DIGITS.matcher(infos[i].getThreadName()).replaceAll("#"));
                cpu.put(ids[i], ns);
            }
        }
        long[] machine = machineTicks();
        long process = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
        return new Sample(names, cpu, process, databaseTicks() * (long) TICK_NS, machine[0] * (long) TICK_NS,
                machine[1] * (long) TICK_NS, System.nanoTime());
    }

    public static Usage between(Sample from, Sample to) {
        Map<String, Long> groups = new HashMap<>();
        to.threadNs().forEach((id, ns) -> groups.merge(to.names().get(id), ns - from.threadNs().getOrDefault(id, 0L),
                Long::sum));
        Map<String, Long> sorted = new LinkedHashMap<>();
        groups.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return new Usage(sorted, to.processNs() - from.processNs(), to.databaseNs() - from.databaseNs(), to.machineBusyNs() - from.machineBusyNs(),
                to.machineTotalNs() - from.machineTotalNs(), to.wallNs() - from.wallNs());
    }

    private long databaseTicks() {
        if (databasePid < 0) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + databasePid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** {busy, total} ticks of all CPUs, from /proc/stat; zeros where there is none. */
    private static long[] machineTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }

    private static long findDatabasePid() {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.filter(p -> p.getFileName().toString().matches("\\d+")).filter(p -> {
                try {
                    String comm = Files.readString(p.resolve("comm")).trim();
                    return comm.equals("mariadbd") || comm.equals("mysqld");
                } catch (IOException e) {
                    return false;
                }
            }).mapToLong(p -> Long.parseLong(p.getFileName().toString())).findFirst().orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }
}
