package org.itaku.document;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Benchmark of issue 6: 3,400 principal notices as PDF streamed into one ZIP, target ≤ 60 s on 2 cores
 * with -Xmx512m. Not a test (it takes tens of seconds); run it by hand:
 *
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx512m -cp target/classes:target/test-classes:$(cat target/cp.txt) org.itaku.document.PrincipalNoticeBench [count] [out.zip]
 * </pre>
 */
public final class PrincipalNoticeBench {

    private PrincipalNoticeBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 3_400;
        Path target = Path.of(args.length > 1 ? args[1] : "target/bench/principal-notices.zip");
        Files.createDirectories(target.toAbsolutePath().getParent());
        Documents documents = new Documents(DocumentSettings.defaults());

        // Warm-up outside the measurement is deliberately NOT done: the figure includes font loading and
        // JIT warm-up, because an officer's one download pays for them too.
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        int written;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
            written = documents.principalNoticesZip(DocumentDemo.principalNotices(count), Format.PDF, DateStyle.WAREKI,
                    out);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;

        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        // CPU time is printed next to wall time because the build machines are shared: wall time alone says
        // as much about the neighbours as about this code.
        System.out.printf("principal notices: %d PDFs in one ZIP (%,d bytes) in %.1f s wall (%.1f ms each), "
                        + "%.1f s CPU; max heap %d MB, peak heap used %d MB, %d processors, load average %.1f%n",
                written, Files.size(target), seconds, seconds * 1000 / written, cpuSeconds,
                Runtime.getRuntime().maxMemory() >> 20, peakHeap >> 20, Runtime.getRuntime().availableProcessors(),
                os.getSystemLoadAverage());
    }
}
