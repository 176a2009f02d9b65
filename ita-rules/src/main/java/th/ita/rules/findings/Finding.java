package th.ita.rules.findings;

import java.util.Map;
import java.util.Objects;
import th.ita.rules.facts.Subject;

/**
 * A finding: what a rule concluded about one subject, with the rule's name and the values it
 * used, so that a caller can show why.
 *
 * <p>Rules create findings with {@link #of} and add the values they compared with
 * {@link #with}; the engine sorts them by subject, then kind, rule and values.
 *
 * @param kind what was found, not null
 * @param subject what it is about, not null
 * @param rule the name of the rule that made it, not null
 * @param values the values the rule used, by name (such as {@code score}, {@code line}), in order, not null
 */
public record Finding(FindingKind kind, Subject subject, String rule, Map<String, String> values)
        implements Comparable<Finding> {


    /**
     * Validates the parts.
     */
    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(rule, "rule");
        values = values instanceof Values v ? v : Values.copyOf(values);
    }

    /**
     * Starts a finding with no values.
     *
     * @param kind what was found, not null
     * @param subject what it is about, not null
     * @param rule the rule's name, not null
     * @return the finding, not null
     */
    public static Finding of(FindingKind kind, Subject subject, String rule) {
        return new Finding(kind, subject, rule, Values.EMPTY);
    }

    /**
     * Returns a copy with one more value. This instance is unaffected.
     *
     * @param name the value's name, not null
     * @param value the value, shown with {@code toString()}, not null
     * @return the finding, not null
     */
    public Finding with(String name, Object value) {
        return new Finding(kind, subject, rule, ((Values) values).plus(Objects.requireNonNull(name, "name"),
                Objects.requireNonNull(value, "value").toString()));
    }

    /**
     * Returns a value the rule used.
     *
     * @param name the value's name, not null
     * @return the value, or an empty string when the rule recorded none, not null
     */
    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    @Override
    public int compareTo(Finding other) {
        int bySubject = subject.compareTo(other.subject);
        if (bySubject != 0) {
            return bySubject;
        }
        int byKind = kind.compareTo(other.kind);
        if (byKind != 0) {
            return byKind;
        }
        int byRule = rule.compareTo(other.rule);
        // Findings of one rule on one subject (a change against each earlier year) in value order.
        return byRule != 0 ? byRule : values.toString().compareTo(other.values.toString());
    }

    /**
     * The values of a finding: a small immutable map in insertion order. Rules add values one at a
     * time, so each {@code with} copies one short array instead of a hash map.
     */
    private static final class Values extends java.util.AbstractMap<String, String> {

        static final Values EMPTY = new Values(new String[0]);

        private final String[] pairs;

        private Values(String[] pairs) {
            this.pairs = pairs;
        }

        static Values copyOf(Map<String, String> map) {
            String[] pairs = new String[map.size() * 2];
            int i = 0;
            for (Map.Entry<String, String> e : map.entrySet()) {
                pairs[i++] = Objects.requireNonNull(e.getKey(), "value name");
                pairs[i++] = Objects.requireNonNull(e.getValue(), "value");
            }
            return new Values(pairs);
        }

        Values plus(String name, String value) {
            for (int i = 0; i < pairs.length; i += 2) {
                if (pairs[i].equals(name)) {
                    String[] replaced = pairs.clone();
                    replaced[i + 1] = value;
                    return new Values(replaced);
                }
            }
            String[] more = java.util.Arrays.copyOf(pairs, pairs.length + 2);
            more[pairs.length] = name;
            more[pairs.length + 1] = value;
            return new Values(more);
        }

        @Override
        public String get(Object key) {
            for (int i = 0; i < pairs.length; i += 2) {
                if (pairs[i].equals(key)) {
                    return pairs[i + 1];
                }
            }
            return null;
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public int size() {
            return pairs.length / 2;
        }

        @Override
        public java.util.Set<Map.Entry<String, String>> entrySet() {
            return new java.util.AbstractSet<>() {
                @Override
                public java.util.Iterator<Map.Entry<String, String>> iterator() {
                    return new java.util.Iterator<>() {
                        private int i;

                        @Override
                        public boolean hasNext() {
                            return i < pairs.length;
                        }

                        @Override
                        public Map.Entry<String, String> next() {
                            if (!hasNext()) {
                                throw new java.util.NoSuchElementException();
                            }
                            Map.Entry<String, String> e = Map.entry(pairs[i], pairs[i + 1]);
                            i += 2;
                            return e;
                        }
                    };
                }

                @Override
                public int size() {
                    return pairs.length / 2;
                }
            };
        }
    }
}
