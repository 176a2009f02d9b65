package th.ita.rules.findings;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import th.ita.model.Score;
import th.ita.rules.facts.Subject;

/**
 * A finding: what a rule concluded about one subject, with the rule's name and the values it
 * used, so that a caller can show why.
 *
 * <p>Rules create findings with {@link #of} and add the values they compared with
 * {@link #with}, as they are: a {@code Score} stays a score, a list a list, an amount a
 * {@code BigDecimal}. Readers ask for a value by name and type ({@link #score}, {@link #value},
 * {@link #list}); a value the rule did not record, or recorded as another type, is an
 * {@link IllegalStateException} that names the rule, so a key renamed in DRL fails where it is
 * read instead of printing nothing. {@link #texts()} is the rendering view reports print.
 * The engine sorts findings by subject, then kind, rule and values.
 *
 * @param kind what was found, not null
 * @param subject what it is about, not null
 * @param rule the name of the rule that made it, not null
 * @param values the values the rule used, by name (such as {@code score}, {@code line}), in order, not null
 */
public record Finding(FindingKind kind, Subject subject, String rule, Map<String, Object> values)
        implements Comparable<Finding> {

    /**
     * Validates the parts.
     *
     * @param kind what was found, not null
     * @param subject what it is about, not null
     * @param rule the name of the rule that made it, not null
     * @param values the values the rule used, by name, in order, not null and with no null name or value
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
     * Returns a copy with one more value, kept as it is (a collection as an unmodifiable list). This
     * instance is unaffected.
     *
     * @param name the value's name, not null
     * @param value the value, not null
     * @return the finding, not null
     */
    public Finding with(String name, Object value) {
        Objects.requireNonNull(value, "value");
        Object kept = value instanceof java.util.Collection<?> c ? List.copyOf(c) : value;
        return new Finding(kind, subject, rule, ((Values) values).plus(Objects.requireNonNull(name, "name"), kept));
    }

    /**
     * Tells whether the rule recorded a value.
     *
     * @param name the value's name, not null
     * @return true if it did
     */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /**
     * Returns a value the rule recorded, of a type.
     *
     * @param <T> the type
     * @param name the value's name, not null
     * @param type the type, not null
     * @return the value, not null
     * @throws IllegalStateException if the rule recorded no such value, or one of another type
     */
    public <T> T value(String name, Class<T> type) {
        Object value = values.get(name);
        if (value == null) {
            throw new IllegalStateException(this.describe() + " has no value \"" + name + "\"; it has "
                    + values.keySet());
        }
        if (!type.isInstance(value)) {
            String actual = value instanceof List<?> ? "List" : value.getClass().getSimpleName();
            throw new IllegalStateException(this.describe() + " has value \"" + name + "\" as a " + actual
                    + ", not a " + type.getSimpleName());
        }
        return type.cast(value);
    }

    /**
     * Returns a score the rule recorded.
     *
     * @param name the value's name, such as {@code score}, not null
     * @return the score, not null
     * @throws IllegalStateException if the rule recorded no such value, or not a score
     */
    public Score score(String name) {
        return value(name, Score.class);
    }

    /**
     * Returns a list the rule recorded, such as the codes of a theme group's questions.
     *
     * @param <T> the type of the elements
     * @param name the value's name, not null
     * @param elementType the type of the elements, not null
     * @return the list, unmodifiable, not null
     * @throws IllegalStateException if the rule recorded no such value, not a list, or a list with
     *     an element of another type
     */
    public <T> List<T> list(String name, Class<T> elementType) {
        List<?> list = value(name, List.class);
        for (Object element : list) {
            if (!elementType.isInstance(element)) {
                throw new IllegalStateException(this.describe() + " has value \"" + name + "\" with a "
                        + element.getClass().getSimpleName() + ", not a " + elementType.getSimpleName());
            }
        }
        @SuppressWarnings("unchecked")
        List<T> typed = (List<T>) list;
        return typed;
    }

    /**
     * Returns a value as reports print it: a list joined with {@code ", "}, an amount in plain
     * digits, anything else as its {@code toString()}.
     *
     * @param name the value's name, not null
     * @return the text, not null
     * @throws IllegalStateException if the rule recorded no such value
     */
    public String text(String name) {
        return render(value(name, Object.class));
    }

    /**
     * Returns every value as reports print it ({@link #text}), in the order the rule recorded them.
     *
     * @return the texts by name, unmodifiable, not null
     */
    public Map<String, String> texts() {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        values.forEach((name, value) -> texts.put(name, render(value)));
        return java.util.Collections.unmodifiableMap(texts);
    }

    private static String render(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(Finding::render).collect(java.util.stream.Collectors.joining(", "));
        }
        return value instanceof java.math.BigDecimal amount ? amount.toPlainString() : value.toString();
    }

    /** The finding as a message names it: {@code WEAKNESS on 3 by rule "…"}. */
    private String describe() {
        return "finding " + kind + " on " + subject.key() + " by rule \"" + rule + "\"";
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
        return byRule != 0 ? byRule : texts().toString().compareTo(other.texts().toString());
    }

    /**
     * The values of a finding: a small immutable map in insertion order. Rules add values one at a
     * time, so each {@code with} copies one short array instead of a hash map.
     */
    private static final class Values extends java.util.AbstractMap<String, Object> {

        static final Values EMPTY = new Values(new Object[0]);

        // Names at even indexes, values after them.
        private final Object[] pairs;

        private Values(Object[] pairs) {
            this.pairs = pairs;
        }

        static Values copyOf(Map<String, ?> map) {
            Object[] pairs = new Object[map.size() * 2];
            int i = 0;
            for (Map.Entry<String, ?> e : map.entrySet()) {
                pairs[i++] = Objects.requireNonNull(e.getKey(), "value name");
                pairs[i++] = Objects.requireNonNull(e.getValue(), "value");
            }
            return new Values(pairs);
        }

        Values plus(String name, Object value) {
            for (int i = 0; i < pairs.length; i += 2) {
                if (pairs[i].equals(name)) {
                    Object[] replaced = pairs.clone();
                    replaced[i + 1] = value;
                    return new Values(replaced);
                }
            }
            Object[] more = java.util.Arrays.copyOf(pairs, pairs.length + 2);
            more[pairs.length] = name;
            more[pairs.length + 1] = value;
            return new Values(more);
        }

        @Override
        public Object get(Object key) {
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
        public java.util.Set<Map.Entry<String, Object>> entrySet() {
            return new java.util.AbstractSet<>() {
                @Override
                public java.util.Iterator<Map.Entry<String, Object>> iterator() {
                    return new java.util.Iterator<>() {
                        private int i;

                        @Override
                        public boolean hasNext() {
                            return i < pairs.length;
                        }

                        @Override
                        public Map.Entry<String, Object> next() {
                            if (!hasNext()) {
                                throw new java.util.NoSuchElementException();
                            }
                            Map.Entry<String, Object> e = Map.entry((String) pairs[i], pairs[i + 1]);
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
