package org.tarjima.spelling;

import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.analysis.hunspell.TimeoutPolicy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Hunspell dictionaries this node can check with, by locale tag: the ones shipped in the application
 * ({@code resources/spelling/dictionaries/<tag>/}: ru, kk, uz-Cyrl, from Debian's hunspell packages, each with its
 * licence) and those in the directory {@code tarjima.dictionaries} ({@code TARJIMA_DICTIONARIES}) laid out the same
 * way, one folder per tag holding one {@code .aff} and one or more {@code .dic}; a folder there replaces a shipped dictionary
 * of the same tag. Each dictionary is read on first use and then kept (a few tens of MB each, see
 * docs/PERFORMANCE.md); Lucene's {@link Hunspell} is thread-safe, so one instance serves every request.
 */
@Component
public class SpellingDictionaries {

    private static final Logger log = LoggerFactory.getLogger(SpellingDictionaries.class);
    static final String SHIPPED = "/spelling/dictionaries/";
    static final List<String> SHIPPED_TAGS = List.of("ru", "kk", "uz-Cyrl");
    /**
     * Our own additions to a shipped dictionary: words from published text that the dictionary lacks (Central Asian
     * place names in Russian, Kazakh stems; their sources in TARJIMA-SUPPLEMENT.txt beside it), read as a second
     * word list with the main list's affix flags.
     */
    static final String SUPPLEMENT = "tarjima-supplement.dic";
    /**
     * A suggestion search gives up after this long and returns what it has (Hunspell's own default is 250 ms, which a
     * busy 2-core node overran with nothing found yet; a search takes ~50–150 ms when the node is idle).
     */
    private static final long SUGGEST_MILLIS = 1_000;

    private final Map<String, Source> sources;
    private final Map<String, Optional<Hunspell>> loaded = new ConcurrentHashMap<>();

    /** Where one dictionary's two files are read from. */
    private interface Source {
        InputStream affix() throws IOException;

        /** The main word list, then any supplements. */
        List<InputStream> words() throws IOException;

        String origin();
    }

    SpellingDictionaries(@Value("${tarjima.dictionaries:}") String directory) {
        Map<String, Source> found = new TreeMap<>();
        for (String tag : SHIPPED_TAGS) {
            found.put(tag, shipped(tag));
        }
        if (directory != null && !directory.isBlank()) {
            found.putAll(inDirectory(Path.of(directory.strip())));
        }
        this.sources = Map.copyOf(found);
    }

    /** The tags a dictionary exists for, e.g. {@code [kk, ru, uz-Cyrl]}. */
    public List<String> tags() {
        return sources.keySet().stream().sorted().toList();
    }

    /**
     * The dictionary for a locale: the exact tag, or the tag without region, or the language alone when the
     * locale is written in the language's usual script ({@code kk-KZ} → {@code kk}, but {@code kk-Latn} → none).
     */
    public Optional<String> tagFor(String locale) {
        if (sources.containsKey(locale)) {
            return Optional.of(locale);
        }
        ULocale wanted = ULocale.addLikelySubtags(ULocale.forLanguageTag(locale));
        return sources.keySet().stream().filter(tag -> {
            ULocale offered = ULocale.addLikelySubtags(ULocale.forLanguageTag(tag));
            return offered.getLanguage().equals(wanted.getLanguage()) && offered.getScript().equals(wanted.getScript());
        }).sorted().findFirst();
    }

    /** The checker for a dictionary tag, loaded on first use; empty when the dictionary cannot be read (logged). */
    public Optional<Hunspell> checker(String tag) {
        Source source = sources.get(tag);
        if (source == null) {
            return Optional.empty();
        }
        return loaded.computeIfAbsent(tag, t -> load(t, source));
    }

    /** Where a dictionary comes from (a classpath folder or a file path), for the log and the docs. */
    public Optional<String> origin(String tag) {
        return Optional.ofNullable(sources.get(tag)).map(Source::origin);
    }

    private static Optional<Hunspell> load(String tag, Source source) {
        long started = System.nanoTime();
        List<InputStream> words = List.of();
        try (InputStream affix = source.affix()) {
            words = source.words();
            // The directory holds Lucene's sorting scratch files while the .dic is read; in memory, nothing on disk.
            Dictionary dictionary = new Dictionary(new ByteBuffersDirectory(), "hunspell", affix, words, false);
            Hunspell hunspell = new Hunspell(dictionary, TimeoutPolicy.RETURN_PARTIAL_RESULT, () -> {
            });
            log.info("Spelling dictionary {} loaded from {} in {} ms", tag, source.origin(),
                    (System.nanoTime() - started) / 1_000_000);
            return Optional.of(hunspell);
        } catch (IOException | java.text.ParseException | RuntimeException e) {
            log.error("Spelling dictionary {} ({}) cannot be read; that locale is checked without it", tag,
                    source.origin(), e);
            return Optional.empty();
        } finally {
            words.forEach(SpellingDictionaries::close);
        }
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // read to the end already; nothing to keep
        }
    }

    static long suggestMillis() {
        return SUGGEST_MILLIS;
    }

    private static Source shipped(String tag) {
        String folder = SHIPPED + tag + "/";
        String base = switch (tag) {
            case "ru" -> "ru_RU";
            case "kk" -> "kk_KZ";
            default -> "uz_UZ";
        };
        return new Source() {
            @Override
            public InputStream affix() throws IOException {
                return resource(folder + base + ".aff");
            }

            @Override
            public List<InputStream> words() throws IOException {
                InputStream supplement = SpellingDictionaries.class.getResourceAsStream(folder + SUPPLEMENT);
                return supplement == null ? List.of(resource(folder + base + ".dic"))
                        : List.of(resource(folder + base + ".dic"), supplement);
            }

            @Override
            public String origin() {
                return "classpath:" + folder;
            }
        };
    }

    private static InputStream resource(String path) throws IOException {
        InputStream in = SpellingDictionaries.class.getResourceAsStream(path);
        if (in == null) {
            throw new IOException(path + " is missing from the application");
        }
        return in;
    }

    /** Folders named by a locale tag, each with one .aff and one .dic; anything else is logged and skipped. */
    private static Map<String, Source> inDirectory(Path directory) {
        Map<String, Source> found = new TreeMap<>();
        if (!Files.isDirectory(directory)) {
            log.warn("TARJIMA_DICTIONARIES names {}, which is not a directory; only the shipped dictionaries are used",
                    directory);
            return found;
        }
        try (Stream<Path> folders = Files.list(directory)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                String tag;
                try {
                    tag = org.tarjima.base.LocaleTag.canonical(folder.getFileName().toString());
                } catch (IllegalArgumentException e) {
                    log.warn("Dictionary folder {} is not named by a locale tag (such as ky or uz-Latn); skipped", folder);
                    continue;
                }
                Optional<Path> affix = single(folder, ".aff");
                List<Path> words = all(folder, ".dic");
                if (affix.isEmpty() || words.isEmpty()) {
                    log.warn("Dictionary folder {} needs exactly one .aff and at least one .dic file; skipped", folder);
                    continue;
                }
                found.put(tag, new Source() {
                    @Override
                    public InputStream affix() throws IOException {
                        return Files.newInputStream(affix.get());
                    }

                    @Override
                    public List<InputStream> words() throws IOException {
                        List<InputStream> streams = new java.util.ArrayList<>();
                        for (Path file : words) {
                            streams.add(Files.newInputStream(file));
                        }
                        return streams;
                    }

                    @Override
                    public String origin() {
                        return folder.toString();
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the dictionary directory " + directory, e);
        }
        return found;
    }

    private static Optional<Path> single(Path folder, String extension) throws IOException {
        List<Path> matching = all(folder, extension);
        return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
    }

    /** The files with that extension, the largest first (the main word list before any supplement). */
    private static List<Path> all(Path folder, String extension) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(extension))
                    .sorted(java.util.Comparator.comparingLong(SpellingDictionaries::size).reversed()).toList();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
