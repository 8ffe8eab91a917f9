package org.lantian.platform.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who may read and who may act, per endpoint and role: the one table of docs/security.md, shipped as
 * {@value #RESOURCE} and read at start. {@link ScopeFilter} enforces it for every request; the
 * authorization matrix test is generated from it.
 */
public final class ScopeTable {

    public static final String RESOURCE = "security/scope-table.md";
    /** The column of requests without credentials. */
    public static final String NO_SIGN_IN = "no sign-in";
    public static final List<String> ROLES = List.of(Roles.DUTY_OFFICER, Roles.COUNTY_OFFICER, Roles.ENTERPRISE,
            Roles.CONSULTATION, Roles.ADMIN);

    /** One row: an endpoint, whether it reads or acts, and each principal's reach. */
    public record Rule(String method, String path, boolean act, Reach anonymous, Map<String, Reach> roles) {

        public String endpoint() {
            return method + " " + path;
        }

        /** The widest reach among the roles held; roles the table does not name give nothing. */
        public Reach reachOf(Iterable<String> held) {
            Reach reach = Reach.NONE;
            for (String role : held) {
                reach = reach.widest(roles.getOrDefault(role, Reach.NONE));
            }
            return reach;
        }
    }

    private final List<Rule> rules;
    private final Map<String, Rule> byEndpoint = new LinkedHashMap<>();

    private ScopeTable(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        for (Rule r : rules) {
            if (byEndpoint.put(r.endpoint(), r) != null) {
                throw new IllegalArgumentException("scope table names " + r.endpoint() + " twice");
            }
        }
    }

    public static ScopeTable load() {
        try (InputStream in = ScopeTable.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first markdown table in the text whose header is the scope table's; every cell must be known. */
    public static ScopeTable parse(String markdown) {
        List<String> header = new ArrayList<>(List.of("endpoint", "kind", NO_SIGN_IN));
        header.addAll(ROLES);
        List<Rule> rules = new ArrayList<>();
        boolean inTable = false;
        for (String line : markdown.split("\n")) {
            String trimmed = line.strip();
            if (!trimmed.startsWith("|")) {
                if (inTable) {
                    break;
                }
                continue;
            }
            List<String> cells = cells(trimmed);
            if (!inTable) {
                inTable = cells.equals(header);
                continue;
            }
            if (cells.stream().allMatch(c -> c.matches("-+"))) {
                continue;
            }
            rules.add(rule(cells, header.size()));
        }
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("no scope table with the header " + String.join(" | ", header));
        }
        return new ScopeTable(rules);
    }

    private static Rule rule(List<String> cells, int columns) {
        if (cells.size() != columns) {
            throw new IllegalArgumentException("scope table row has " + cells.size() + " cells, not " + columns + ": " + cells);
        }
        String[] endpoint = cells.get(0).replace("`", "").split(" ");
        if (endpoint.length != 2 || !endpoint[1].startsWith("/")) {
            throw new IllegalArgumentException("scope table endpoint must be `METHOD /path`: " + cells.get(0));
        }
        String kind = cells.get(1);
        if (!kind.equals("read") && !kind.equals("act")) {
            throw new IllegalArgumentException("scope table kind must be read or act: " + kind);
        }
        Map<String, Reach> roles = new LinkedHashMap<>();
        for (int i = 0; i < ROLES.size(); i++) {
            roles.put(ROLES.get(i), Reach.ofCell(cells.get(3 + i)));
        }
        Reach anonymous = Reach.ofCell(cells.get(2));
        if (anonymous != Reach.NONE && anonymous != Reach.ALL) {
            throw new IllegalArgumentException("without sign-in there is no county or enterprise: " + cells.get(0));
        }
        return new Rule(endpoint[0], endpoint[1], kind.equals("act"), anonymous, Map.copyOf(roles));
    }

    private static List<String> cells(String line) {
        String inner = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
        List<String> cells = new ArrayList<>();
        for (String c : inner.split("\\|", -1)) {
            cells.add(c.strip());
        }
        return cells;
    }

    public List<Rule> rules() {
        return rules;
    }

    public Optional<Rule> rule(String method, String path) {
        return Optional.ofNullable(byEndpoint.get(method + " " + path));
    }
}
