package org.itaku.casebook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Throughput of the notice reader on one thread, for notices of about 5 KB, and the ratio to plain Kuromoji
 * tokenisation of the same texts. Not a test (surefire ignores it); run with
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.itaku.casebook.NoticeReaderBench [seconds]}.
 * The texts are the invented fixtures, each padded with its own sentences to about 5 KB.
 */
public final class NoticeReaderBench {

    private static final int TARGET_CHARS = 5 * 1024 / 3; // ~5 KB of UTF-8 (Japanese: 3 bytes a character)

    public static void main(String[] args) throws IOException {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        List<String> texts = texts();
        long bytes = texts.stream().mapToLong(t -> t.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).sum();
        System.out.printf("%d notices, mean %.1f KB (UTF-8)%n", texts.size(), bytes / 1024.0 / texts.size());

        // Warm up both paths (dictionary load, JIT).
        run(texts, 2, true);
        run(texts, 2, false);
        double tokensPerSecond = run(texts, seconds / 2, false);
        double readerPerSecond = run(texts, seconds / 2, true);
        System.out.printf("Kuromoji tokenisation only : %8.1f notices/s%n", tokensPerSecond);
        System.out.printf("Notice reader (full)       : %8.1f notices/s%n", readerPerSecond);
        System.out.printf("Reader cost / tokenisation : %8.2f x%n", tokensPerSecond / readerPerSecond);
    }

    private static double run(List<String> texts, double seconds, boolean reader) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        long done = 0;
        long sink = 0;
        while (System.nanoTime() < deadline) {
            for (String t : texts) {
                if (reader) {
                    sink += NoticeReader.read(t).dataItems().size();
                } else {
                    sink += NoticeText.tokenize(t).size();
                }
                done++;
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (sink == 42) {
            System.out.print("");
        }
        return done / elapsed;
    }

    static List<String> texts() throws IOException {
        Path dir = Path.of("src", "test", "resources", "casebook");
        List<String> out = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt") && !f.toString().contains("sjis")).sorted().toList()) {
                String t = Files.readString(p);
                StringBuilder sb = new StringBuilder(t);
                String[] lines = t.split("\n");
                int i = lines.length / 2;
                while (sb.length() < TARGET_CHARS) {
                    sb.append('\n').append(lines[i++ % lines.length]);
                }
                out.add(sb.toString());
            }
        }
        return out;
    }
}
