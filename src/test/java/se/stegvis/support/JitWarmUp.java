package se.stegvis.support;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Warms a benchmark up until the JIT compiler is quiet, instead of for a fixed count: the service's code
 * path is large (HTTP, security, validation, JSON, Micronaut Data), and on two busy cores the C2 compiler
 * was still compiling it after 4,800 requests, so its CPU was billed to the measured rounds (a long-running
 * service pays it once). A chunk counts as quiet when the compiler spent at most {@code quietShare} of the
 * chunk's wall time compiling; the warm-up stops after two quiet chunks in a row, or at {@code maxChunks}.
 */
public final class JitWarmUp {
    /** What the warm-up did, for the benchmark's output. */
    public record Result(int chunks, boolean quiet, long lastChunkCompileMs, long lastChunkWallMs) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d chunks, %s (last chunk: %d ms compiling in %d ms)", chunks,
                    quiet ? "JIT quiet" : "JIT still busy at the limit", lastChunkCompileMs, lastChunkWallMs);
        }
    }

    private static final CompilationMXBean COMPILER = ManagementFactory.getCompilationMXBean();

    private JitWarmUp() {
    }

    /** Runs {@code chunk} until the compiler is quiet; the chunk runs everything the rounds will run. */
    public static Result until(Callable<?> chunk, double quietShare, int maxChunks) throws Exception {
        int quietInARow = 0;
        int chunks = 0;
        long compileMs = 0;
        long wallMs = 0;
        while (chunks < maxChunks && quietInARow < 2) {
            long compileBefore = compileMs();
            long start = System.nanoTime();
            chunk.call();
            wallMs = (System.nanoTime() - start) / 1_000_000;
            compileMs = compileMs() - compileBefore;
            chunks++;
            quietInARow = compileMs <= quietShare * wallMs ? quietInARow + 1 : 0;
        }
        return new Result(chunks, quietInARow >= 2, compileMs, wallMs);
    }

    /** Milliseconds of compiler time so far, or 0 where the JVM does not tell (then one chunk is quiet at once). */
    public static long compileMs() {
        return COMPILER != null && COMPILER.isCompilationTimeMonitoringSupported() ? COMPILER.getTotalCompilationTime() : 0;
    }
}
