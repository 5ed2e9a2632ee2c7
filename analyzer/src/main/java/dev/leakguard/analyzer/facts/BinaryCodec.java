package dev.leakguard.analyzer.facts;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A compact binary encoding of one value type made of records, sealed interfaces of records,
 * enums, lists, sets, maps, strings, booleans, chars, ints, longs, doubles and arrays of ints and
 * longs (nulls included): derived from the
 * types by reflection, so a model record that gains a component needs no change here. Each encoded
 * value carries its own string table (a repeated class or file name costs one varint), so values
 * decode independently, in parallel. Sets and maps are written in sorted order when their elements
 * are comparable, so the same value always gives the same bytes.
 *
 * <p>{@link #schemaHash()} digests the shape of every type the value can contain (names and types
 * of record components, enum constants, the permitted records of sealed interfaces): a file
 * written with another shape must be refused by its container, not decoded.
 *
 * <p>Thread-safe: one instance per root type, shared.
 */
public final class BinaryCodec<T> {
  private final Class<T> root;
  private final Node rootNode;
  private final long schemaHash;

  private BinaryCodec(Class<T> root) {
    this.root = root;
    Map<Type, Node> nodes = new HashMap<>();
    StringBuilder schema = new StringBuilder();
    this.rootNode = node(root, nodes, schema);
    this.schemaHash = digest(schema.toString());
  }

  /** The codec of {@code root} and everything reachable from its components. */
  public static <T> BinaryCodec<T> of(Class<T> root) {
    return new BinaryCodec<>(root);
  }

  /** A digest of the shape of every type this codec reads and writes. */
  public long schemaHash() {
    return schemaHash;
  }

  public byte[] encode(T value) {
    return encode(value, UnaryOperator.identity());
  }

  /** Encodes {@code value}; {@code records} maps each record before it is written (e.g. to relocate paths). */
  public byte[] encode(T value, UnaryOperator<Object> records) {
    Writer w = new Writer(records);
    rootNode.write(w, value);
    Out out = new Out();
    out.varint(w.strings.size());
    for (String s : w.strings.keySet()) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      out.varint(b.length);
      out.bytes(b, 0, b.length);
    }
    w.body.writeTo(out);
    return out.toByteArray();
  }

  public T decode(byte[] bytes) {
    return decode(bytes, UnaryOperator.identity());
  }

  /**
   * Decodes what {@link #encode} wrote; {@code records} maps each record once it is read.
   *
   * @throws MalformedFactsException when the bytes are not a value of this codec's type
   */
  public T decode(byte[] bytes, UnaryOperator<Object> records) {
    try {
      Reader r = new Reader(bytes, records);
      int n = r.varint();
      if (n < 0 || n > bytes.length) {
        throw new MalformedFactsException("bad string table size " + n);
      }
      String[] strings = new String[n];
      for (int i = 0; i < n; i++) {
        int len = r.varint();
        r.require(len);
        strings[i] = new String(bytes, r.pos, len, StandardCharsets.UTF_8);
        r.pos += len;
      }
      r.strings = strings;
      Object value = rootNode.read(r);
      if (r.pos != bytes.length) {
        throw new MalformedFactsException((bytes.length - r.pos) + " bytes left over");
      }
      return root.cast(value);
    } catch (MalformedFactsException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new MalformedFactsException("cannot decode " + root.getSimpleName() + ": " + e, e);
    }
  }

  /** Bytes that are not a value of the expected type. */
  public static final class MalformedFactsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MalformedFactsException(String message) {
      super(message);
    }

    MalformedFactsException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  // ---- the type tree ----

  private interface Node {
    void write(Writer w, Object value);

    Object read(Reader r);
  }

  private static Node node(Type type, Map<Type, Node> nodes, StringBuilder schema) {
    Node known = nodes.get(type);
    if (known != null) {
      schema.append('@').append(type.getTypeName()).append(';');
      return known;
    }
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      Type[] args = p.getActualTypeArguments();
      if (List.class == raw || Collection.class == raw) {
        schema.append("list<");
        Node element = node(args[0], nodes, schema);
        schema.append('>');
        return new ListNode(element);
      }
      if (Set.class == raw) {
        schema.append("set<");
        Node element = node(args[0], nodes, schema);
        schema.append('>');
        return new SetNode(element);
      }
      if (Map.class == raw) {
        schema.append("map<");
        Node key = node(args[0], nodes, schema);
        schema.append(',');
        Node value = node(args[1], nodes, schema);
        schema.append('>');
        return new MapNode(key, value);
      }
      throw new IllegalArgumentException("cannot encode type " + type.getTypeName());
    }
    if (!(type instanceof Class<?> c)) {
      throw new IllegalArgumentException("cannot encode type " + type.getTypeName());
    }
    if (c == String.class) {
      schema.append("str;");
      return STRING;
    }
    if (c == int.class || c == Integer.class) {
      schema.append(c == int.class ? "int;" : "Int;");
      return c == int.class ? INT : nullable(INT);
    }
    if (c == long.class || c == Long.class) {
      schema.append(c == long.class ? "long;" : "Long;");
      return c == long.class ? LONG : nullable(LONG);
    }
    if (c == double.class || c == Double.class) {
      schema.append(c == double.class ? "double;" : "Double;");
      return c == double.class ? DOUBLE : nullable(DOUBLE);
    }
    if (c == char.class || c == Character.class) {
      schema.append(c == char.class ? "char;" : "Char;");
      return c == char.class ? CHAR : nullable(CHAR);
    }
    if (c == boolean.class || c == Boolean.class) {
      schema.append(c == boolean.class ? "bool;" : "Bool;");
      return c == boolean.class ? BOOLEAN : nullable(BOOLEAN);
    }
    if (c == long[].class) {
      schema.append("long[];");
      return LONG_ARRAY;
    }
    if (c == int[].class) {
      schema.append("int[];");
      return INT_ARRAY;
    }
    if (c.isEnum()) {
      schema.append("enum ").append(c.getName()).append(Arrays.toString(c.getEnumConstants())).append(';');
      return new EnumNode(c.getEnumConstants());
    }
    if (c.isRecord()) {
      RecordNode r = new RecordNode(c);
      Node n = nullable(r);
      nodes.put(c, n); // before its components: a record may contain itself (a type's arguments)
      schema.append("record ").append(c.getName()).append('{');
      r.init(nodes, schema);
      schema.append('}');
      return n;
    }
    if (c.isSealed()) {
      Class<?>[] permitted = c.getPermittedSubclasses();
      SealedNode s = new SealedNode(permitted);
      nodes.put(c, s);
      schema.append("sealed ").append(c.getName()).append('{');
      for (int i = 0; i < permitted.length; i++) {
        if (!permitted[i].isRecord()) {
          throw new IllegalArgumentException("cannot encode " + permitted[i].getName() + ": only records may implement " + c.getName());
        }
        RecordNode r = new RecordNode(permitted[i]);
        s.records[i] = r;
        schema.append("record ").append(permitted[i].getName()).append('{');
        r.init(nodes, schema);
        schema.append('}');
      }
      schema.append('}');
      return s;
    }
    throw new IllegalArgumentException("cannot encode type " + c.getName());
  }

  private static final Node STRING = new Node() {
    @Override
    public void write(Writer w, Object value) {
      w.string((String) value);
    }

    @Override
    public Object read(Reader r) {
      return r.string();
    }
  };

  private static final Node INT = new Node() {
    @Override
    public void write(Writer w, Object value) {
      w.body.zigzag((Integer) value);
    }

    @Override
    public Object read(Reader r) {
      return (int) r.zigzag();
    }
  };

  private static final Node LONG = new Node() {
    @Override
    public void write(Writer w, Object value) {
      w.body.zigzag((Long) value);
    }

    @Override
    public Object read(Reader r) {
      return r.zigzag();
    }
  };

  private static final Node DOUBLE = new Node() {
    @Override
    public void write(Writer w, Object value) {
      w.body.zigzag(Double.doubleToLongBits((Double) value));
    }

    @Override
    public Object read(Reader r) {
      return Double.longBitsToDouble(r.zigzag());
    }
  };

  private static final Node CHAR = new Node() {
    @Override
    public void write(Writer w, Object value) {
      w.body.varint((Character) value);
    }

    @Override
    public Object read(Reader r) {
      int c = r.varint();
      if (c > Character.MAX_VALUE) {
        throw new MalformedFactsException("bad char " + c);
      }
      return (char) c;
    }
  };

  private static final Node BOOLEAN = new Node() {
    @Override
    public void write(Writer w, Object value) {
      w.body.write((Boolean) value ? 1 : 0);
    }

    @Override
    public Object read(Reader r) {
      int b = r.u8();
      if (b > 1) {
        throw new MalformedFactsException("bad boolean " + b);
      }
      return b == 1;
    }
  };

  /** Sorted hashes and offsets: each value as the (zigzag) difference from the one before. */
  private static final Node LONG_ARRAY = new Node() {
    @Override
    public void write(Writer w, Object value) {
      long[] a = (long[]) value;
      w.body.varint(a == null ? 0 : a.length + 1);
      long previous = 0;
      for (int i = 0; a != null && i < a.length; i++) {
        w.body.zigzag(a[i] - previous);
        previous = a[i];
      }
    }

    @Override
    public Object read(Reader r) {
      int n = r.count();
      if (n < 0) {
        return null;
      }
      long[] a = new long[n];
      long previous = 0;
      for (int i = 0; i < n; i++) {
        a[i] = previous + r.zigzag();
        previous = a[i];
      }
      return a;
    }
  };

  private static final Node INT_ARRAY = new Node() {
    @Override
    public void write(Writer w, Object value) {
      int[] a = (int[]) value;
      w.body.varint(a == null ? 0 : a.length + 1);
      int previous = 0;
      for (int i = 0; a != null && i < a.length; i++) {
        w.body.zigzag((long) a[i] - previous);
        previous = a[i];
      }
    }

    @Override
    public Object read(Reader r) {
      int n = r.count();
      if (n < 0) {
        return null;
      }
      int[] a = new int[n];
      int previous = 0;
      for (int i = 0; i < n; i++) {
        a[i] = (int) (previous + r.zigzag());
        previous = a[i];
      }
      return a;
    }
  };

  /** A presence byte, then the value. */
  private static Node nullable(Node inner) {
    return new Node() {
      @Override
      public void write(Writer w, Object value) {
        if (value == null) {
          w.body.write(0);
        } else {
          w.body.write(1);
          inner.write(w, value);
        }
      }

      @Override
      public Object read(Reader r) {
        return switch (r.u8()) {
          case 0 -> null;
          case 1 -> inner.read(r);
          default -> throw new MalformedFactsException("bad presence byte");
        };
      }
    };
  }

  private record EnumNode(Object[] constants) implements Node {
    @Override
    public void write(Writer w, Object value) {
      w.body.varint(value == null ? 0 : ((Enum<?>) value).ordinal() + 1);
    }

    @Override
    public Object read(Reader r) {
      int i = r.varint();
      if (i > constants.length) {
        throw new MalformedFactsException("bad enum ordinal " + i);
      }
      return i == 0 ? null : constants[i - 1];
    }
  }

  private record ListNode(Node element) implements Node {
    @Override
    public void write(Writer w, Object value) {
      if (value == null) {
        w.body.varint(0);
        return;
      }
      List<?> list = (List<?>) value;
      w.body.varint(list.size() + 1);
      for (Object o : list) {
        element.write(w, o);
      }
    }

    @Override
    public Object read(Reader r) {
      int n = r.count();
      if (n < 0) {
        return null;
      }
      if (n == 0) {
        return List.of();
      }
      Object[] a = new Object[n];
      for (int i = 0; i < n; i++) {
        a[i] = element.read(r);
      }
      return Collections.unmodifiableList(Arrays.asList(a));
    }
  }

  private record SetNode(Node element) implements Node {
    @Override
    public void write(Writer w, Object value) {
      if (value == null) {
        w.body.varint(0);
        return;
      }
      List<?> sorted = sorted((Set<?>) value);
      w.body.varint(sorted.size() + 1);
      for (Object o : sorted) {
        element.write(w, o);
      }
    }

    @Override
    public Object read(Reader r) {
      int n = r.count();
      if (n < 0) {
        return null;
      }
      Set<Object> s = new LinkedHashSet<>(Math.max(4, n * 2));
      for (int i = 0; i < n; i++) {
        s.add(element.read(r));
      }
      return Collections.unmodifiableSet(s);
    }
  }

  private record MapNode(Node key, Node value) implements Node {
    @Override
    public void write(Writer w, Object v) {
      if (v == null) {
        w.body.varint(0);
        return;
      }
      Map<?, ?> map = (Map<?, ?>) v;
      List<?> keys = sorted(map.keySet());
      w.body.varint(keys.size() + 1);
      for (Object k : keys) {
        key.write(w, k);
        value.write(w, map.get(k));
      }
    }

    @Override
    public Object read(Reader r) {
      int n = r.count();
      if (n < 0) {
        return null;
      }
      Map<Object, Object> m = new LinkedHashMap<>(Math.max(4, n * 2));
      for (int i = 0; i < n; i++) {
        Object k = key.read(r);
        m.put(k, value.read(r));
      }
      return Collections.unmodifiableMap(m);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static List<?> sorted(Collection<?> c) {
    List<Object> out = new ArrayList<>(c);
    if (out.stream().allMatch(o -> o instanceof Comparable)) {
      out.sort((a, b) -> ((Comparable) a).compareTo(b));
    }
    return out;
  }

  private static final class RecordNode implements Node {
    private final Class<?> type;
    private Method[] accessors;
    private Node[] components;
    private Constructor<?> constructor;

    RecordNode(Class<?> type) {
      this.type = type;
    }

    void init(Map<Type, Node> nodes, StringBuilder schema) {
      RecordComponent[] rc = type.getRecordComponents();
      accessors = new Method[rc.length];
      components = new Node[rc.length];
      Class<?>[] types = new Class<?>[rc.length];
      for (int i = 0; i < rc.length; i++) {
        accessors[i] = rc[i].getAccessor();
        accessors[i].setAccessible(true);
        types[i] = rc[i].getType();
        schema.append(rc[i].getName()).append(':');
        components[i] = node(rc[i].getGenericType(), nodes, schema);
      }
      try {
        constructor = type.getDeclaredConstructor(types);
        constructor.setAccessible(true);
      } catch (NoSuchMethodException e) {
        throw new IllegalArgumentException("no canonical constructor in " + type.getName(), e);
      }
    }

    @Override
    public void write(Writer w, Object value) {
      Object v = w.records.apply(value);
      try {
        for (int i = 0; i < accessors.length; i++) {
          components[i].write(w, accessors[i].invoke(v));
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + type.getName(), e);
      }
    }

    @Override
    public Object read(Reader r) {
      Object[] args = new Object[components.length];
      for (int i = 0; i < args.length; i++) {
        args[i] = components[i].read(r);
      }
      try {
        return r.records.apply(constructor.newInstance(args));
      } catch (ReflectiveOperationException e) {
        throw new MalformedFactsException("cannot make a " + type.getSimpleName() + ": " + e.getCause(), e);
      }
    }
  }

  /** The index of the permitted record (0 for null), then its components. */
  private static final class SealedNode implements Node {
    private final Class<?>[] permitted;
    private final RecordNode[] records;

    SealedNode(Class<?>[] permitted) {
      this.permitted = permitted;
      this.records = new RecordNode[permitted.length];
    }

    @Override
    public void write(Writer w, Object value) {
      if (value == null) {
        w.body.varint(0);
        return;
      }
      for (int i = 0; i < permitted.length; i++) {
        if (permitted[i] == value.getClass()) {
          w.body.varint(i + 1);
          records[i].write(w, value);
          return;
        }
      }
      throw new IllegalArgumentException("not a permitted record: " + value.getClass().getName());
    }

    @Override
    public Object read(Reader r) {
      int i = r.varint();
      if (i > records.length) {
        throw new MalformedFactsException("bad record tag " + i);
      }
      return i == 0 ? null : records[i - 1].read(r);
    }
  }

  // ---- bytes ----

  private static final class Writer {
    final Out body = new Out();
    final Map<String, Integer> strings = new LinkedHashMap<>();
    final UnaryOperator<Object> records;

    Writer(UnaryOperator<Object> records) {
      this.records = records;
    }

    void string(String s) {
      if (s == null) {
        body.varint(0);
        return;
      }
      Integer i = strings.get(s);
      if (i == null) {
        i = strings.size();
        strings.put(s, i);
      }
      body.varint(i + 1);
    }
  }

  private static final class Out extends ByteArrayOutputStream {
    Out() {
      super(256);
    }

    void varint(int v) {
      while ((v & ~0x7F) != 0) {
        write((v & 0x7F) | 0x80);
        v >>>= 7;
      }
      write(v);
    }

    void zigzag(long v) {
      long z = (v << 1) ^ (v >> 63);
      while ((z & ~0x7FL) != 0) {
        write((int) ((z & 0x7F) | 0x80));
        z >>>= 7;
      }
      write((int) z);
    }

    void bytes(byte[] b, int off, int len) {
      write(b, off, len);
    }

    void writeTo(Out other) {
      other.write(buf, 0, count);
    }
  }

  private static final class Reader {
    final byte[] buf;
    final UnaryOperator<Object> records;
    int pos;
    String[] strings;

    Reader(byte[] buf, UnaryOperator<Object> records) {
      this.buf = buf;
      this.records = records;
    }

    void require(int n) {
      if (n < 0 || pos + n > buf.length) {
        throw new MalformedFactsException("truncated");
      }
    }

    int u8() {
      require(1);
      return buf[pos++] & 0xFF;
    }

    int varint() {
      int v = 0;
      for (int shift = 0; shift < 35; shift += 7) {
        int b = u8();
        v |= (b & 0x7F) << shift;
        if ((b & 0x80) == 0) {
          return v;
        }
      }
      throw new MalformedFactsException("bad varint");
    }

    long zigzag() {
      long z = 0;
      for (int shift = 0; shift < 70; shift += 7) {
        int b = u8();
        z |= (long) (b & 0x7F) << shift;
        if ((b & 0x80) == 0) {
          return (z >>> 1) ^ -(z & 1);
        }
      }
      throw new MalformedFactsException("bad varint");
    }

    /** A collection's size, -1 for null. */
    int count() {
      int n = varint() - 1;
      if (n > buf.length - pos) {
        throw new MalformedFactsException("bad size " + n);
      }
      return n;
    }

    String string() {
      int i = varint();
      if (i == 0) {
        return null;
      }
      if (i > strings.length) {
        throw new MalformedFactsException("bad string index " + i);
      }
      return strings[i - 1];
    }
  }

  private static long digest(String schema) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(schema.getBytes(StandardCharsets.UTF_8));
      long h = 0;
      for (int i = 0; i < 8; i++) {
        h = (h << 8) | (d[i] & 0xFF);
      }
      return h;
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always present", e);
    }
  }
}
