package org.itaku.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.itaku.obligation.EntrustmentRole;
import org.itaku.obligation.Obligation;
import org.itaku.vocabulary.DataItem;
import org.itaku.vocabulary.OperatorKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The records whose {@code equals} and {@code hashCode} are written out (see the package's note) still compare every
 * component: a copy is equal with the same hash, and a copy with any one component changed is not equal.
 */
class WrittenOutEqualityTest {

    private static final LocalDate DAY = LocalDate.of(2026, 4, 1);
    private static final Instant AT = Instant.parse("2026-04-02T01:00:00Z");

    static Stream<Record> samples() throws Exception {
        Party.Verdict verdict = new Party.Verdict(true, List.of(1, 3), List.of(2), "none");
        Record state = make("org.itaku.incident.Parties$State", EnumSet.of(DataItem.NAME, DataItem.ADDRESS), AT, 7L,
                AT.plusSeconds(60), verdict);
        return Stream.of(
                new Duty(5, 1, 9, "ppc_final", Obligation.Kind.PPC_FINAL, "PPC", DAY, DAY.minusDays(3), DAY.plusDays(2),
                        true, List.of("Art. 26(1)", "Rules Art. 8"), "2024", DutyStatus.FULFILLED, DAY, true, "reason",
                        "asker", "approver"),
                verdict,
                new Party.FactKey(OperatorKind.PRIVATE, EntrustmentRole.PRINCIPAL, DAY,
                        EnumSet.of(DataItem.NAME, DataItem.SALARY), 40, 60L, false, DAY.plusDays(1)),
                state,
                make("org.itaku.incident.Parties$Partition", 3L, state),
                make("org.itaku.incident.CaseTally$PartyKey", 1, EntrustmentRole.PRINCIPAL, true, false, true),
                make("org.itaku.incident.CaseTally$DutyKey", Obligation.Kind.PPC_PRELIMINARY, DutyStatus.OPEN, DAY));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyComponentCounts(Record sample) throws Exception {
        RecordComponent[] components = sample.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            components[i].getAccessor().setAccessible(true);
            values[i] = components[i].getAccessor().invoke(sample);
        }
        Record copy = build(sample.getClass(), values.clone());
        assertThat(copy).isNotSameAs(sample).isEqualTo(sample).hasSameHashCodeAs(sample);
        assertThat(sample.equals(null)).isFalse();
        assertThat(sample.equals("other")).isFalse();
        for (int i = 0; i < components.length; i++) {
            Object[] changed = values.clone();
            changed[i] = other(values[i]);
            assertThat(build(sample.getClass(), changed)).as(components[i].getName()).isNotEqualTo(sample);
        }
    }

    /** A value of the same type that is not equal to {@code value}. */
    private static Object other(Object value) throws Exception {
        if (value instanceof Long l) {
            return l + 1;
        } else if (value instanceof Integer n) {
            return n + 1;
        } else if (value instanceof Boolean b) {
            return !b;
        } else if (value instanceof String s) {
            return s + "x";
        } else if (value instanceof Enum<?> e) {
            Object[] all = e.getDeclaringClass().getEnumConstants();
            return all[(e.ordinal() + 1) % all.length];
        } else if (value instanceof LocalDate d) {
            return d.plusDays(1);
        } else if (value instanceof Instant t) {
            return t.plusSeconds(1);
        } else if (value instanceof List<?> list) {
            List<Object> longer = new ArrayList<>(list);
            longer.add(list.get(0));
            return List.copyOf(longer);
        } else if (value instanceof Set<?> set) {
            return Set.copyOf(set.stream().skip(1).toList());
        } else if (value instanceof Record r) {
            Object[] values = Stream.of(r.getClass().getRecordComponents()).map(c -> {
                try {
                    c.getAccessor().setAccessible(true);
                    return c.getAccessor().invoke(r);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }).toArray();
            values[0] = other(values[0]);
            return build(r.getClass(), values);
        }
        throw new IllegalArgumentException("no other value for " + value);
    }

    private static Record make(String type, Object... values) throws Exception {
        return build(Class.forName(type), values);
    }

    private static Record build(Class<?> type, Object[] values) throws Exception {
        Class<?>[] types = Stream.of(type.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Constructor<?> canonical = type.getDeclaredConstructor(types);
        canonical.setAccessible(true);
        return (Record) canonical.newInstance(values);
    }
}
