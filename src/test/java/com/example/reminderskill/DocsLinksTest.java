package com.example.reminderskill;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every relative markdown link in README.md and docs/*.md names a file of the repository. */
class DocsLinksTest {

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    @Test
    void relativeLinksResolveToFiles() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path page : pages) {
            Matcher link = LINK.matcher(Files.readString(page));
            while (link.find()) {
                String target = link.group(1);
                if (target.matches("(?i)(https?|mailto):.*") || target.startsWith("#")) {
                    continue;
                }
                String file = target.replaceFirst("#.*$", "");
                checked++;
                if (!Files.exists(
                        page.toAbsolutePath().getParent().resolve(file).normalize())) {
                    broken.add(page + ": " + target);
                }
            }
        }
        assertThat(broken).as("relative links that name no file").isEmpty();
        assertThat(checked).as("relative links checked").isPositive();
    }

    @Test
    void noLinkLeavesTheRepository() throws IOException {
        assertThat(Files.readString(Path.of("README.md"))).doesNotContain("../shared/");
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            for (Path page : docs.toList()) {
                assertThat(Files.readString(page)).as("%s", page).doesNotContain("../shared/");
            }
        }
    }
}
