package dev.mpsh.api;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scenario plugin that is a plain directory and needs no Java: {@code NAME/NAME.scenario}, its
 * lessons under {@code NAME/lessons/en/} and {@code NAME/lessons/ja/}, and optionally recordings
 * under {@code NAME/recordings/}. The directory's name is the scenario's id. Error messages name
 * the files by their real paths, so an author can open them at the line.
 */
public final class DirectoryPlugin implements ScenarioPlugin {
    private static final Pattern SCENARIO_LINE = Pattern.compile("(?m)^[ \\t]*scenario[ \\t]+(\\S+)");

    private final Path dir;

    public DirectoryPlugin(Path dir) {
        this.dir = dir;
    }

    /** Whether dir looks like a scenario directory: it holds DIRNAME.scenario. */
    public static boolean isScenarioDirectory(Path dir) {
        return Files.isDirectory(dir) && Files.isRegularFile(dir.resolve(dir.getFileName() + ".scenario"));
    }

    public Path directory() {
        return dir;
    }

    @Override
    public String id() {
        return dir.getFileName().toString();
    }

    /** Where the plugin's resource lives on disk; the path stays inside the directory. */
    public Path resolve(String path) throws FileNotFoundException {
        Path p = dir.resolve(path).normalize();
        if (path.startsWith("/") || !p.startsWith(dir.normalize())) {
            throw new FileNotFoundException("plugin resource paths are relative and stay inside the plugin: " + path);
        }
        return p;
    }

    @Override
    public InputStream open(String path) throws IOException {
        Path p = resolve(path);
        try {
            return Files.newInputStream(p);
        } catch (NoSuchFileException e) {
            throw new FileNotFoundException(p + " is missing");
        }
    }

    /** Parsed with the file's own path in every error; its {@code scenario} line must name the directory. */
    @Override
    public Scenario scenario() throws IOException, ScenarioFormatException {
        Path file = resolve(scenarioPath());
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Scenario sc = ScenarioParser.parse(file.toString(), text);
        if (!sc.id().equals(id())) {
            throw new ScenarioFormatException(file.toString(), lineOf(text, SCENARIO_LINE),
                    "scenario id '" + sc.id() + "' differs from its directory's name '" + id()
                            + "'; rename one so they match");
        }
        return sc;
    }

    @Override
    public StepText stepText(Step step, String lang) throws IOException, ScenarioFormatException {
        Path file = resolve(step.path(lang));
        try {
            return StepText.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new FileNotFoundException(file + " is missing");
        }
    }

    /** The 1-based line of the first match, or 0. */
    static int lineOf(String text, Pattern p) {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            return 0;
        }
        int line = 1;
        for (int i = 0; i < m.start(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The line of the {@code scenario ID} line in the scenario file; 0 if unknown. */
    public int scenarioLine() {
        try {
            return lineOf(Files.readString(resolve(scenarioPath()), StandardCharsets.UTF_8), SCENARIO_LINE);
        } catch (IOException e) {
            return 0;
        }
    }

    /** The line of the {@code step ID} line in the scenario file, for messages about a step's texts; 0 if unknown. */
    public int stepLine(Step step) {
        try {
            String text = Files.readString(resolve(scenarioPath()), StandardCharsets.UTF_8);
            return lineOf(text, Pattern.compile("(?m)^[ \\t]*step[ \\t]+" + Pattern.quote(step.id()) + "[ \\t]"));
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public String toString() {
        return dir.toString();
    }
}
