package dev.mpsh.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the plain-text scenario format. One statement per line, diff-friendly; blank lines and
 * lines starting with {@code #} are ignored; indentation is cosmetic. Words are separated by
 * blanks; {@code 'single quotes'} make one word of text with blanks (nft rules).
 *
 * <pre>
 * scenario ID
 * title en|ja TEXT
 * namespace NAME                        # in creation order
 * setup NS PROGRAM ARGS...              # builds the broken state; PROGRAM: ip sysctl nft tc bridge
 * server NAME NS KIND HOST:PORT         # e.g. server app-1 app-1 echo 0.0.0.0:80
 * wan NS DEV ADDR peer PEER-NS PEER-DEV [label LABEL]   # a client WAN (see WanSyntax)
 * traffic ADDR:PORT                     # where bulk traffic and drills go by default
 * fix ID NS                             # opens a fix; the lines below belong to it
 *   title en|ja TEXT
 *   explain en|ja TEXT                  # repeatable; joined with one blank (ja: none)
 *   apply PROGRAM ARGS...               # run in NS, in order
 *   revert PROGRAM ARGS...
 *   probe sysctl NS KEY = VALUE
 *   probe address NS DEV has ADDR/PREFIX
 *   probe endpoint NS ADDR [dev DEV] [port P] flags F[,F...]
 *   probe limits NS subflows>=N add_addr_accepted>=N
 *   probe rule NS from ADDR table TABLE
 *   probe nft NS FAMILY TABLE CHAIN without tcp-option OPTION
 *   requires FIX-ID...
 *   symptom en|ja TEXT                  # what goes wrong without it (diagnose); repeatable
 *   evidence capture NS DEV 'FILTER'    # live evidence diagnose gathers (see Evidence)
 *   evidence counter NS GROUP:NAME
 * check NS ADDR:PORT ...                # the graded end state, after the fixes (see CheckSyntax)
 * lesson                                # the walkthrough, last (see LessonSyntax)
 * step ID FILE.md
 *   done fix FIX-ID... | done check [CRITERION-ID...]
 * </pre>
 * Inside commands, {@code {ns:NAME}} names another namespace; the engine expands it. Once the
 * first {@code fix} is open, only fix lines and further fixes may follow. Every problem is
 * reported as one line, {@code SOURCE:LINE: what is wrong}, by {@link ScenarioFormatException}.
 */
public final class ScenarioParser {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,30}");
    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]*");
    private static final List<String> FIX_KEYWORDS = List.of(
            "fix", "title", "explain", "apply", "revert", "probe", "requires", "symptom", "evidence", "check");

    private final String source;
    private String id;
    private final Map<String, String> title = new HashMap<>();
    private final List<String> namespaces = new ArrayList<>();
    private final List<NsCommand> setup = new ArrayList<>();
    private final Map<String, Server> servers = new LinkedHashMap<>();
    private final Map<String, FixBuilder> fixes = new LinkedHashMap<>();
    private FixBuilder fix;
    private CheckSyntax check;
    private final WanSyntax wans;
    private LessonSyntax lesson;
    private int lineNo;
    private final ProbeSyntax.Context probeContext = new ProbeSyntax.Context() {
        @Override
        public String namespace(String name) throws ScenarioFormatException {
            return ScenarioParser.this.namespace(name);
        }

        @Override
        public int port(String s) throws ScenarioFormatException {
            return ScenarioParser.this.port(s);
        }

        @Override
        public ScenarioFormatException error(String problem) {
            return ScenarioParser.this.error(problem);
        }
    };

    private final CheckSyntax.Context checkContext = new CheckSyntax.Context() {
        @Override
        public boolean hasServer(String name) {
            return servers.containsKey(name);
        }

        @Override
        public String[] langText(String rest, String keyword) throws ScenarioFormatException {
            return ScenarioParser.this.langText(rest, keyword);
        }

        @Override
        public String namespace(String name) throws ScenarioFormatException {
            return ScenarioParser.this.namespace(name);
        }

        @Override
        public int port(String s) throws ScenarioFormatException {
            return ScenarioParser.this.port(s);
        }

        @Override
        public ScenarioFormatException error(String problem) {
            return ScenarioParser.this.error(problem);
        }
    };

    /** Lets the check section point errors of the whole file at a line. */
    interface LineSetter {
        void line(int n);
    }


    private final LessonSyntax.Context lessonContext = new LessonSyntax.Context() {
        @Override
        public ScenarioFormatException error(String problem) {
            return ScenarioParser.this.error(problem);
        }

        @Override
        public int line() {
            return lineNo;
        }

        @Override
        public void line(int n) {
            lineNo = n;
        }
    };

    private ScenarioParser(String source) {
        this.source = source;
        this.wans = new WanSyntax(probeContext);
    }

    public static Scenario parse(String source, InputStream in) throws IOException, ScenarioFormatException {
        return parse(source, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }

    /** @param source names the file in error messages, e.g. {@code handover:handover.scenario} */
    public static Scenario parse(String source, String text) throws ScenarioFormatException {
        return new ScenarioParser(source).run(text);
    }

    private Scenario run(String text) throws ScenarioFormatException {
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            lineNo = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            statement(line);
        }
        lineNo = 0;
        return build();
    }

    private void statement(String line) throws ScenarioFormatException {
        int blank = indexOfBlank(line);
        String keyword = blank < 0 ? line : line.substring(0, blank);
        String rest = blank < 0 ? "" : line.substring(blank).strip();
        if (keyword.equals("lesson") || lesson != null) {
            lessonStatement(keyword, rest);
            return;
        }
        if (keyword.equals("check") || check != null) {
            checkStatement(keyword, rest);
            return;
        }
        if (fix != null && !FIX_KEYWORDS.contains(keyword)) {
            if (List.of("scenario", "namespace", "setup", "server", "wan", "traffic").contains(keyword)) {
                throw error("'" + keyword + "' after the first fix; put scenario, namespace, setup, server, wan and traffic lines before the fixes");
            }
            throw error("unknown keyword '" + keyword + "' in fix '" + fix.id + "'; expected " + String.join(", ", FIX_KEYWORDS));
        }
        // Texts are taken as they are: an apostrophe in prose is not a quote.
        List<String> words = List.of("title", "explain", "symptom").contains(keyword) ? List.of() : words(rest);
        switch (keyword) {
            case "scenario" -> {
                exactly(words, 1, "scenario ID");
                if (id != null) {
                    throw error("second 'scenario' line; a file holds one scenario");
                }
                id = check(ID, words.get(0), "scenario id", "lower-case letters, digits and '-'");
            }
            case "title" -> text(rest, fix == null ? title : fix.title, "title");
            case "explain" -> {
                String[] lt = langText(rest, "explain");
                // Japanese runs on without a blank where an English line break would become one.
                fix.explain.merge(lt[0], lt[1], (a, b) -> a + ("ja".equals(lt[0]) ? "" : " ") + b);
            }
            case "namespace" -> {
                exactly(words, 1, "namespace NAME");
                String ns = check(NAME, words.get(0), "namespace name", "letters, digits, '_', '.', '-'");
                if (namespaces.contains(ns)) {
                    throw error("namespace '" + ns + "' is declared twice");
                }
                namespaces.add(ns);
            }
            case "setup" -> {
                atLeast(words, 2, "setup NS PROGRAM ARGS...");
                setup.add(command(words.get(0), words.subList(1, words.size())));
            }
            case "server" -> server(words);
            case "wan", "traffic" -> wans.statement(keyword, words);
            case "fix" -> {
                exactly(words, 2, "fix ID NS");
                String fixId = check(ID, words.get(0), "fix id", "lower-case letters, digits and '-'");
                if (fixes.containsKey(fixId)) {
                    throw error("fix '" + fixId + "' is declared twice");
                }
                fix = new FixBuilder(fixId, namespace(words.get(1)), lineNo);
                fixes.put(fixId, fix);
            }
            case "apply", "revert" -> {
                atLeast(words, 1, keyword + " PROGRAM ARGS...");
                (keyword.equals("apply") ? fix.apply : fix.revert).add(command(fix.namespace, words));
            }
            case "probe" -> fix.probes.add(ProbeSyntax.parse(words, probeContext));
            case "symptom" -> {
                String[] lt = langText(rest, "symptom");
                fix.symptom.merge(lt[0], lt[1], (a, b) -> a + ("ja".equals(lt[0]) ? "" : " ") + b);
            }
            case "evidence" -> fix.evidence.add(evidence(words));
            case "requires" -> {
                atLeast(words, 1, "requires FIX-ID...");
                for (String r : words) {
                    fix.requires.put(r, lineNo);
                }
            }
            default -> throw error("unknown keyword '" + keyword
                    + "'; expected scenario, title, namespace, setup, server, wan, traffic or fix");
        }
    }

    /** The lesson section comes last: once it is open, every line belongs to it. */
    private void lessonStatement(String keyword, String rest) throws ScenarioFormatException {
        if (keyword.equals("lesson")) {
            if (lesson != null) {
                throw error("second 'lesson' line; a scenario has one lesson");
            }
            if (!rest.isEmpty()) {
                throw error("'lesson' stands alone on its line; the steps follow as 'step ID FILE.md'");
            }
            fix = null;
            lesson = new LessonSyntax(lessonContext);
            return;
        }
        lesson.statement(keyword, words(rest));
    }

    private void checkStatement(String keyword, String rest) throws ScenarioFormatException {
        if (keyword.equals("check")) {
            if (check != null) {
                throw error("second 'check' line; a scenario has one check section");
            }
            fix = null;
            check = new CheckSyntax(checkContext);
            check.open(words(rest));
            return;
        }
        check.statement(keyword, rest, keyword.equals("title") ? List.of() : words(rest));
    }

    private Evidence evidence(List<String> w) throws ScenarioFormatException {
        if (w.size() == 4 && w.get(0).equals("capture")) {
            return new Evidence("capture", namespace(w.get(1)), w.subList(2, 4));
        }
        if (w.size() == 3 && w.get(0).equals("counter") && w.get(2).matches("[A-Za-z0-9]+:[A-Za-z0-9]+")) {
            return new Evidence("counter", namespace(w.get(1)), w.subList(2, 3));
        }
        throw error("expected 'evidence capture NS DEV 'FILTER'' or 'evidence counter NS GROUP:NAME', e.g. 'evidence counter app-1 Ip:InAddrErrors'");
    }

    private void server(List<String> words) throws ScenarioFormatException {
        exactly(words, 4, "server NAME NS KIND HOST:PORT, e.g. server app-1 app-1 echo 0.0.0.0:80");
        String name = check(NAME, words.get(0), "server name", "letters, digits, '_', '.', '-'");
        if (servers.containsKey(name)) {
            throw error("server '" + name + "' is declared twice");
        }
        String ns = namespace(words.get(1));
        String kind = check(KIND, words.get(2), "server kind", "lower-case letters, e.g. echo");
        String listen = words.get(3);
        int colon = listen.lastIndexOf(':');
        if (colon < 0 || !ProbeSyntax.IPV4.matcher(listen.substring(0, colon)).matches()) {
            throw error("server listen address '" + listen + "' is not HOST:PORT with an IPv4 host, e.g. 0.0.0.0:80");
        }
        servers.put(name, new Server(name, ns, kind, listen.substring(0, colon), port(listen.substring(colon + 1))));
    }

    private NsCommand command(String nsWord, List<String> words) throws ScenarioFormatException {
        String ns = namespace(nsWord);
        if (!NsCommand.PROGRAMS.contains(words.get(0))) {
            throw error("program '" + words.get(0) + "' is not allowed; a scenario runs only " + String.join(", ", NsCommand.PROGRAMS));
        }
        NsCommand c = new NsCommand(ns, words, lineNo);
        for (String ref : c.referencedNamespaces()) {
            if (!namespaces.contains(ref)) {
                throw error("{ns:" + ref + "} names no declared namespace; declare it with 'namespace " + ref + "' first");
            }
        }
        for (String w : words) {
            if (w.contains("{ns:") && !NsCommand.PLACEHOLDER.matcher(w).find()) {
                throw error("malformed placeholder in '" + w + "'; write {ns:NAME}");
            }
            if (w.contains("{endpoint-id:") && !NsCommand.ENDPOINT_ID.matcher(w).matches()) {
                throw error("malformed placeholder '" + w + "'; write {endpoint-id:ADDR} or {endpoint-id:ADDR:PORT}"
                        + " as a word of its own, e.g. 'ip mptcp endpoint delete id {endpoint-id:10.0.0.1}'");
            }
        }
        return c;
    }

    private Scenario build() throws ScenarioFormatException {
        if (id == null) {
            throw error("no 'scenario ID' line; start the file with e.g. 'scenario handover'");
        }
        Localized t = localized(title, "title", "the scenario");
        if (namespaces.isEmpty()) {
            throw error("no namespaces; declare them with 'namespace NAME'");
        }
        List<Fix> built = new ArrayList<>();
        for (FixBuilder f : fixes.values()) {
            lineNo = f.line;
            String what = "fix '" + f.id + "'";
            if (f.apply.isEmpty() || f.revert.isEmpty() || f.probes.isEmpty()) {
                throw error(what + " needs at least one apply, one revert and one probe line");
            }
            for (Map.Entry<String, Integer> r : f.requires.entrySet()) {
                if (!fixes.containsKey(r.getKey()) || r.getKey().equals(f.id)) {
                    lineNo = r.getValue();
                    throw error(what + " requires '" + r.getKey() + "', which is not another fix of this scenario");
                }
            }
            Localized symptom = f.symptom.isEmpty() ? null : localized(f.symptom, "symptom", what);
            built.add(new Fix(f.id, f.namespace, localized(f.title, "title", what),
                    localized(f.explain, "explain", what), f.apply, f.revert, f.probes, List.copyOf(f.requires.keySet()),
                    symptom, f.evidence));
        }
        Check graded = check == null ? null : check.build(n -> lineNo = n);
        Wans links = wans.build();
        Lesson walkthrough = lesson == null ? null : lesson.build(List.copyOf(fixes.keySet()),
                graded == null ? null : graded.criteria().stream().map(Criterion::id).toList(),
                links.links().stream().map(Wan::device).toList());
        return new Scenario(id, t, namespaces, setup, List.copyOf(servers.values()), built, graded, walkthrough, links);
    }

    private Localized localized(Map<String, String> texts, String keyword, String what) throws ScenarioFormatException {
        for (String lang : List.of("en", "ja")) {
            if (!texts.containsKey(lang)) {
                throw error(what + " has no '" + keyword + " " + lang + "' line; every text is given in en and ja");
            }
        }
        return new Localized(texts.get("en"), texts.get("ja"));
    }

    private void text(String rest, Map<String, String> into, String keyword) throws ScenarioFormatException {
        String[] lt = langText(rest, keyword);
        if (into.putIfAbsent(lt[0], lt[1]) != null) {
            throw error("second '" + keyword + " " + lt[0] + "' line");
        }
    }

    private String[] langText(String rest, String keyword) throws ScenarioFormatException {
        int blank = indexOfBlank(rest);
        String lang = blank < 0 ? rest : rest.substring(0, blank);
        String text = blank < 0 ? "" : rest.substring(blank).strip();
        if (!lang.equals("en") && !lang.equals("ja")) {
            throw error("'" + keyword + "' needs a language, en or ja, then the text, e.g. '" + keyword + " en ...'");
        }
        if (text.isEmpty()) {
            throw error("'" + keyword + " " + lang + "' has no text");
        }
        return new String[] {lang, text};
    }

    private String namespace(String name) throws ScenarioFormatException {
        if (!namespaces.contains(name)) {
            throw error("namespace '" + name + "' is not declared; add 'namespace " + name + "' before it is used");
        }
        return name;
    }

    private int port(String s) throws ScenarioFormatException {
        if (!s.matches("\\d{1,5}") || Integer.parseInt(s) < 1 || Integer.parseInt(s) > 65535) {
            throw error("port '" + s + "' is not a number from 1 to 65535");
        }
        return Integer.parseInt(s);
    }

    private String check(Pattern p, String value, String what, String allowed) throws ScenarioFormatException {
        if (!p.matcher(value).matches()) {
            throw error(what + " '" + value + "' is not valid; use " + allowed);
        }
        return value;
    }

    private void exactly(List<String> words, int n, String usage) throws ScenarioFormatException {
        if (words.size() != n) {
            throw error("expected '" + usage + "'");
        }
    }

    private void atLeast(List<String> words, int n, String usage) throws ScenarioFormatException {
        if (words.size() < n) {
            throw error("expected '" + usage + "'");
        }
    }

    /** Splits on blanks; 'single quotes' keep blanks inside one word. */
    private List<String> words(String s) throws ScenarioFormatException {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                int end = s.indexOf('\'', i + 1);
                if (end < 0) {
                    throw error("unclosed single quote; close it with '");
                }
                w.append(s, i + 1, end);
                inWord = true;
                i = end;
            } else if (c == ' ' || c == '\t') {
                if (inWord) {
                    out.add(w.toString());
                    w.setLength(0);
                    inWord = false;
                }
            } else {
                w.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            out.add(w.toString());
        }
        return out;
    }

    private static int indexOfBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ' ' || s.charAt(i) == '\t') {
                return i;
            }
        }
        return -1;
    }

    private ScenarioFormatException error(String problem) {
        return new ScenarioFormatException(source, lineNo, problem);
    }

    /** A fix while its lines are read. */
    private static final class FixBuilder {
        final String id;
        final String namespace;
        final int line;
        final Map<String, String> title = new HashMap<>();
        final Map<String, String> explain = new HashMap<>();
        final List<NsCommand> apply = new ArrayList<>();
        final List<NsCommand> revert = new ArrayList<>();
        final List<Probe> probes = new ArrayList<>();
        final Map<String, Integer> requires = new LinkedHashMap<>();
        final Map<String, String> symptom = new HashMap<>();
        final List<Evidence> evidence = new ArrayList<>();

        FixBuilder(String id, String namespace, int line) {
            this.id = id;
            this.namespace = namespace;
            this.line = line;
        }
    }
}
