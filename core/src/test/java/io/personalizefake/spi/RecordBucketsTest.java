package io.personalizefake.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class RecordBucketsTest {

  private static final List<String> SCOPES = List.of("a", "b");
  private static final List<String> KINDS = List.of("group", "schema");
  private static final List<String> IDS = List.of("x", "x/1", "x/2", "xa", "y", "y/1");

  record Op(boolean put, Key key, String value) {}

  @Provide
  Arbitrary<List<Op>> ops() {
    Arbitrary<Key> keys =
        Combinators.combine(Arbitraries.of(SCOPES), Arbitraries.of(KINDS), Arbitraries.of(IDS))
            .as(Key::new);
    Arbitrary<Op> op =
        Combinators.combine(
                Arbitraries.of(true, true, false), keys, Arbitraries.strings().alpha().ofLength(2))
            .as(Op::new);
    return op.list().ofMaxSize(40);
  }

  /**
   * Point reads, scans of every range and the whole walk answer as a sorted map would, whenever a
   * bucket was first sorted.
   */
  @Property(tries = 300)
  void answers_as_one_sorted_map(@ForAll("ops") List<Op> ops, @ForAll("ops") List<Op> later) {
    RecordBuckets<String> buckets = new RecordBuckets<>();
    TreeMap<Key, String> model = new TreeMap<>();
    apply(ops, buckets, model);
    check(buckets, model); // sorts the buckets scanned so far
    apply(later, buckets, model); // later changes keep the sorted views up to date
    check(buckets, model);
  }

  private static void apply(
      List<Op> ops, RecordBuckets<String> buckets, TreeMap<Key, String> model) {
    for (Op op : ops) {
      if (op.put()) {
        assertThat(buckets.put(op.key(), op.value())).isEqualTo(model.put(op.key(), op.value()));
      } else {
        assertThat(buckets.remove(op.key())).isEqualTo(model.remove(op.key()));
      }
    }
  }

  private static void check(RecordBuckets<String> buckets, TreeMap<Key, String> model) {
    assertThat(buckets.size()).isEqualTo(model.size());
    assertThat(buckets.scanAll().toList())
        .containsExactlyElementsOf(
            model.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList());
    for (String scope : SCOPES) {
      for (String kind : KINDS) {
        for (String id : IDS) {
          Key key = new Key(scope, kind, id);
          assertThat(buckets.get(key)).isEqualTo(model.get(key));
        }
        for (KeyRange range :
            List.of(
                KeyRange.all(scope, kind),
                KeyRange.prefix(scope, kind, "x/"),
                KeyRange.prefix(scope, kind, "x/").after("x/1"),
                KeyRange.all(scope, kind).after("x/2"))) {
          List<String> expected =
              model.entrySet().stream()
                  .filter(e -> range.contains(e.getKey()))
                  .map(Map.Entry::getValue)
                  .toList();
          assertThat(buckets.scan(range).map(Map.Entry::getValue).toList())
              .as(range.toString())
              .isEqualTo(expected);
          Map.Entry<String, String> first = buckets.first(range);
          assertThat(first == null ? null : first.getValue())
              .as("first of " + range)
              .isEqualTo(expected.isEmpty() ? null : expected.get(0));
        }
      }
    }
  }

  @Test
  void replace_swaps_a_value_only_while_it_is_the_expected_one() {
    RecordBuckets<String> buckets = new RecordBuckets<>();
    Key key = new Key("s", "k", "a");
    buckets.put(key, "bytes");
    buckets.scan(KeyRange.all("s", "k")).toList(); // the sorted view exists and must follow
    buckets.replace(key, "other", "record");
    assertThat(buckets.get(key)).isEqualTo("bytes");
    buckets.replace(key, "bytes", "record");
    assertThat(buckets.get(key)).isEqualTo("record");
    assertThat(buckets.scan(KeyRange.all("s", "k")).map(Map.Entry::getValue))
        .containsExactly("record");
  }

  @Test
  void an_undo_log_over_buckets_rolls_back() {
    RecordBuckets<String> buckets = new RecordBuckets<>();
    Key a = new Key("s", "k", "a");
    buckets.put(a, "a0");
    UndoLog<String> log = new UndoLog<>(buckets);
    log.put(a, "a1");
    log.put(new Key("s", "k", "b"), "b1");
    log.rollback();
    assertThat(buckets.scanAll().toList()).containsExactly(Map.entry(a, "a0"));
  }
}
