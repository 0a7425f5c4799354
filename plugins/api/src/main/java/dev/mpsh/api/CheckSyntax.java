package dev.mpsh.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code check} section of a scenario file (see {@link ScenarioParser}): it comes last, and
 * every line after {@code check} belongs to it.
 * <pre>
 * check NS ADDR:PORT [attempts N] [within DURATION]   # DURATION: 10s, 500ms
 *   backend SERVER [port P]                           # P: the port only it serves joins on
 *   criterion ID KIND POINTS [ARGS...]                # KIND: see Criterion.KINDS
 *   bonus ID KIND POINTS [ARGS...]
 *     title en|ja TEXT
 *     probe KIND NS ...                               # for KIND probes
 * </pre>
 */
final class CheckSyntax {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern WITHIN = Pattern.compile("(\\d{1,6})(ms|s)");
    private static final Pattern COUNTER = Pattern.compile("[A-Za-z0-9]+:[A-Za-z0-9]+");

    /** What the parser lends beyond probes: servers, language texts. */
    interface Context extends ProbeSyntax.Context {
        boolean hasServer(String name);

        String[] langText(String rest, String keyword) throws ScenarioFormatException;
    }

    private final Context ctx;
    private String namespace;
    private String address;
    private int port;
    private int attempts = 16;
    private long withinMillis = 10_000;
    private final Map<String, Check.Backend> backends = new LinkedHashMap<>();
    private final List<CriterionBuilder> criteria = new ArrayList<>();
    private CriterionBuilder criterion;

    CheckSyntax(Context ctx) {
        this.ctx = ctx;
    }

    /** The {@code check} line itself. */
    void open(List<String> w) throws ScenarioFormatException {
        String usage = "expected 'check NS ADDR:PORT [attempts N] [within 10s]', e.g. 'check client 10.0.83.1:80'";
        if (w.size() < 2 || w.size() % 2 != 0) {
            throw ctx.error(usage);
        }
        namespace = ctx.namespace(w.get(0));
        int colon = w.get(1).lastIndexOf(':');
        if (colon < 0 || !ProbeSyntax.IPV4.matcher(w.get(1).substring(0, colon)).matches()) {
            throw ctx.error("'" + w.get(1) + "' is not ADDR:PORT with an IPv4 address, e.g. 10.0.83.1:80");
        }
        address = w.get(1).substring(0, colon);
        port = ctx.port(w.get(1).substring(colon + 1));
        for (int i = 2; i < w.size(); i += 2) {
            String v = w.get(i + 1);
            switch (w.get(i)) {
                case "attempts" -> {
                    if (!v.matches("\\d{1,3}") || Integer.parseInt(v) < 1) {
                        throw ctx.error("attempts '" + v + "' is not a number from 1 to 999");
                    }
                    attempts = Integer.parseInt(v);
                }
                case "within" -> {
                    Matcher m = WITHIN.matcher(v);
                    if (!m.matches()) {
                        throw ctx.error("within '" + v + "' is not a duration like 10s or 500ms");
                    }
                    withinMillis = Long.parseLong(m.group(1)) * (m.group(2).equals("s") ? 1000 : 1);
                }
                default -> throw ctx.error(usage + "; '" + w.get(i) + "' is not attempts or within");
            }
        }
    }

    /** A line inside the section. */
    void statement(String keyword, String rest, List<String> w) throws ScenarioFormatException {
        switch (keyword) {
            case "backend" -> {
                if (!(w.size() == 1 || w.size() == 3 && w.get(1).equals("port"))) {
                    throw ctx.error("expected 'backend SERVER [port P]', e.g. 'backend app-1 port 8081' or 'backend echo'");
                }
                if (!ctx.hasServer(w.get(0))) {
                    throw ctx.error("backend '" + w.get(0) + "' is no server of this scenario; declare it with 'server' first");
                }
                backends.put(w.get(0), new Check.Backend(w.get(0), w.size() == 3 ? ctx.port(w.get(2)) : 0));
            }
            case "criterion", "bonus" -> {
                if (w.size() < 3) {
                    throw ctx.error("expected '" + keyword + " ID KIND POINTS [ARGS...]', e.g. '" + keyword + " connected connect 20'");
                }
                if (!ID.matcher(w.get(0)).matches() || criteria.stream().anyMatch(c -> c.id.equals(w.get(0)))) {
                    throw ctx.error("criterion id '" + w.get(0) + "' is not valid or is used twice; use lower-case letters, digits and '-'");
                }
                if (!Criterion.KINDS.contains(w.get(1))) {
                    throw ctx.error("criterion kind '" + w.get(1) + "' is unknown; expected " + String.join(", ", Criterion.KINDS));
                }
                if (!w.get(2).matches("\\d{1,4}")) {
                    throw ctx.error("points '" + w.get(2) + "' is not a number");
                }
                criterion = new CriterionBuilder(w.get(0), w.get(1), Integer.parseInt(w.get(2)), keyword.equals("bonus"),
                        w.subList(3, w.size()), ctx.error("").line());
                criteria.add(criterion);
            }
            case "title" -> {
                requireCriterion(keyword);
                String[] lt = ctx.langText(rest, keyword);
                if (criterion.title.putIfAbsent(lt[0], lt[1]) != null) {
                    throw ctx.error("second 'title " + lt[0] + "' line in criterion '" + criterion.id + "'");
                }
            }
            case "probe" -> {
                requireCriterion(keyword);
                criterion.probes.add(ProbeSyntax.parse(w, ctx));
            }
            default -> throw ctx.error("unknown keyword '" + keyword
                    + "' in the check section; expected backend, criterion, bonus, title or probe");
        }
    }

    private void requireCriterion(String keyword) throws ScenarioFormatException {
        if (criterion == null) {
            throw ctx.error("'" + keyword + "' before any criterion; open one with 'criterion ID KIND POINTS'");
        }
    }

    /** The check, once the file is read; errors name the criterion's line. */
    Check build(ScenarioParser.LineSetter at) throws ScenarioFormatException {
        List<Criterion> built = new ArrayList<>();
        for (CriterionBuilder c : criteria) {
            at.line(c.line);
            for (String lang : List.of("en", "ja")) {
                if (!c.title.containsKey(lang)) {
                    throw ctx.error("criterion '" + c.id + "' has no 'title " + lang + "' line; every text is given in en and ja");
                }
            }
            if (c.kind.equals("probes") == c.probes.isEmpty()) {
                throw ctx.error(c.kind.equals("probes") ? "criterion '" + c.id + "' of kind probes needs probe lines"
                        : "criterion '" + c.id + "' of kind " + c.kind + " takes no probe lines");
            }
            if (Criterion.INTERFACE_KINDS.contains(c.kind) && c.args.isEmpty()) {
                throw ctx.error("criterion '" + c.id + "' of kind " + c.kind + " needs the interfaces, e.g. eth1 eth2");
            }
            if (c.kind.equals("counters")) {
                counters(c);
            }
            try {
                if (c.kind.equals("bulk-share")) {
                    TransferSpec.BulkShare.of(c.args);
                } else if (c.kind.equals("drill")) {
                    TransferSpec.Drill.of(c.args);
                }
            } catch (IllegalArgumentException e) {
                throw ctx.error("criterion '" + c.id + "': " + e.getMessage());
            }
            if (List.of("join-port", "backends").contains(c.kind)
                    && (backends.isEmpty() || backends.values().stream().anyMatch(b -> b.port() == 0))) {
                throw ctx.error("criterion '" + c.id + "' of kind " + c.kind + " needs 'backend SERVER port P' lines, each with its port");
            }
            built.add(new Criterion(c.id, c.kind, c.points, c.bonus, c.args,
                    new Localized(c.title.get("en"), c.title.get("ja")), c.probes));
        }
        return new Check(namespace, address, port, attempts, withinMillis, List.copyOf(backends.values()), built);
    }

    /** {@code counters NS GROUP:NAME... [NS GROUP:NAME...]}: each namespace of the scenario, then its counters. */
    private void counters(CriterionBuilder c) throws ScenarioFormatException {
        String usage = "criterion '" + c.id + "' of kind counters needs a namespace and its counters, e.g. "
                + "'client MPTcpExt:MPCapableFallbackSYNACK'";
        if (c.args.isEmpty() || c.args.get(0).contains(":")) {
            throw ctx.error(usage);
        }
        int counted = 0;
        for (int i = 0; i < c.args.size(); i++) {
            String w = c.args.get(i);
            if (!w.contains(":")) {
                if (i > 0 && counted == 0) {
                    throw ctx.error(usage);
                }
                ctx.namespace(w);
                counted = 0;
            } else if (!COUNTER.matcher(w).matches()) {
                throw ctx.error("'" + w + "' is not GROUP:NAME; " + usage);
            } else {
                counted++;
            }
        }
        if (counted == 0) {
            throw ctx.error(usage);
        }
    }

    private static final class CriterionBuilder {
        final String id;
        final String kind;
        final int points;
        final boolean bonus;
        final List<String> args;
        final int line;
        final Map<String, String> title = new HashMap<>();
        final List<Probe> probes = new ArrayList<>();

        CriterionBuilder(String id, String kind, int points, boolean bonus, List<String> args, int line) {
            this.id = id;
            this.kind = kind;
            this.points = points;
            this.bonus = bonus;
            this.args = List.copyOf(args);
            this.line = line;
        }
    }
}
