package dev.leakguard.analyzer;

import dev.leakguard.analyzer.reader.FileFacts;
import dev.leakguard.core.Options;
import dev.leakguard.core.analysis.ClassIndex;
import dev.leakguard.core.analysis.ValueClassifier;
import dev.leakguard.core.catalog.Catalog;
import dev.leakguard.core.catalog.Effect;
import dev.leakguard.core.catalog.MethodSemantics;
import dev.leakguard.core.catalog.Shape;
import dev.leakguard.core.model.ClassFact;
import dev.leakguard.core.model.Expr;
import dev.leakguard.core.model.HolderFact;
import dev.leakguard.core.model.Member;
import dev.leakguard.core.model.MemberKind;
import dev.leakguard.core.model.Ref;
import dev.leakguard.core.model.Names;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides, from a file's identifiers alone ({@link Identifiers}), whether it can matter, so that
 * most files are never parsed. A file matters when:
 *
 * <ul>
 *   <li>its declarations name a container type the catalog judges: a field's type or initializer,
 *       an initializer block, or an assignment in a body to something other than a fresh local
 *       (it may declare or create a holder; a container used only as a local cannot be one);
 *   <li>its code mentions a class that the files read so far care about (an import alone does
 *       not: it may serve only a Javadoc link): a class that declares holders (a file mentioning
 *       it may grow one, instantiate a singleton or extend the class), a nested one only together
 *       with a class enclosing it;
 *   <li>or it is named after a type those holders and classes depend on (key types,
 *       supertypes): then only what it declares counts, and it is parsed without its method
 *       bodies (read whole later should its bodies come to name something that matters).
 * </ul>
 *
 * <p>The analyzer reads in rounds until no new file matters. Only code counts: a container named in
 * a Javadoc or a string literal does not make a file matter, since facts come from code; the field
 * documentation that is read lives in files read for their code. A test holds the findings
 * identical with and without the pre-filter on every conformance case, and the benchmark on the
 * JDK's java.base.
 */
final class Prefilter {
  /**
   * JDK types that are neither containers nor servlets nor a project's classes: a holder of one,
   * or a class implementing one, gives no reason to read the files that mention it.
   */
  private static final Set<String> NOT_CONTAINERS = Set.of(
      "AutoCloseable", "Boolean", "CharSequence", "Class", "Collection", "List", "Map", "Set", "Queue", "Deque", "Cloneable", "Closeable", "Comparable", "Enum", "Error",
      "Exception", "Externalizable", "Integer", "Iterable", "Long", "Number", "Object", "Record", "Runnable",
      "RuntimeException", "Serializable", "String", "StringBuilder", "Thread", "ThreadLocal", "Throwable");

  /** Collection interfaces a field may be declared as and assigned later. */
  private static final Set<String> COLLECTION_TYPES = Set.of(
      "Collection", "ConcurrentMap", "Deque", "List", "Map", "NavigableMap", "NavigableSet", "Queue", "Set", "SortedMap",
      "SortedSet");

  private final Set<String> wanted = new HashSet<>();
  /** The container types the catalog judges: a file matters if its declarations name one. */
  private final Set<Long> containerHashes = new HashSet<>();
  /** Top-level classes that matter: a file matters if its code mentions one. */
  private final Set<Long> classHashes = new HashSet<>();
  /**
   * Nested classes that matter, each with the names of its enclosing classes: a file matters if it
   * mentions one together with an enclosing class (Lookup with MethodHandles, not every Lookup).
   */
  private final Map<Long, Set<Long>> nestedClassHashes = new HashMap<>();
  /** Top-level class names whose declaring files (named after them) must be read. */
  private final Set<String> wantedFiles = new HashSet<>();
  /**
   * Methods whose callers decide a verdict, so a file that mentions one matters: package-private
   * methods that evict a judged holder and that their own file never calls (a file that mentions
   * one may be its production caller; else the eviction runs only in tests); and the overrides of
   * a class declaring a judged instance holder (a superclass that calls one, from a start-up
   * callback, may make the growth behind it initialisation).
   */
  private final Set<Long> decisiveMethodHashes = new HashSet<>();
  /**
   * Static methods whose every call decides a verdict (if each passes constants, what they add is
   * finite), by the method name's hash, each with the hashes of the simple names of the classes
   * declaring it: a file matters if it mentions the method together with (or importing) its class.
   * The non-private static methods that use a judged holder, and the static wrappers that pass
   * their own parameter on to one.
   */
  private final Map<Long, Set<Long>> staticCallHashes = new HashMap<>();
  /** The same methods, as simple class name + "#" + method name. */
  private final Set<String> staticCallTargets = new HashSet<>();
  /** Simple names of classes that declare a judged instance holder and that others may instantiate. */
  private final Set<String> instanceHolderClasses = new HashSet<>();
  /**
   * Of those, the classes that may be project containers: a non-private method grows the holder
   * with what its caller passes.
   */
  private final Set<String> containerCandidates = new HashSet<>();
  /**
   * Classes that create instances of another class while they are constructed, by that class's
   * simple name: if it declares a judged instance holder, whether the creator lives long decides
   * (ownership), so files that mention the creator matter.
   */
  private final Map<String, List<ClassFact>> creatorsByCreated = new HashMap<>();
  /**
   * Classes declaring a non-private holder of a project class, by that class's simple name: if it
   * is a container (it declares a judged instance holder), the holder is judged like a collection,
   * so files that mention the declaring class may grow it.
   */
  private final Map<String, List<ClassFact>> declarersByHolderType = new HashMap<>();
  private final ValueClassifier values;
  /** The facts learned from so far, by file (a file read for its declarations, then whole: the latter). */
  private final Map<String, FileFacts> learnedFrom = new LinkedHashMap<>();
  /** The files (by name) whose learning looked up each name ({@link #lookups}). */
  private final Map<String, Set<String>> lookedUpBy = new HashMap<>();
  /** The names (as {@link #lookups} spells them) that came to matter since the files were last learned from. */
  private final Set<String> newlyWanted = new HashSet<>();

  /**
   * Concurrent collection interfaces: a field declared as one and made by a factory leakguard does
   * not know is judged by the interface. (Plain Map, List, Set are declared too often to read
   * every file that names them; such a field is judged when its file is read for another reason.)
   */
  private static final List<String> CONCURRENT_INTERFACES = List.of(
      "BlockingDeque", "BlockingQueue", "ConcurrentMap", "ConcurrentNavigableMap", "TransferQueue");

  Prefilter(Catalog catalog) {
    for (String name : catalog.judgedSimpleNames()) {
      wanted.add(name);
      containerHashes.add(Identifiers.hash(name));
    }
    for (String name : CONCURRENT_INTERFACES) {
      wanted.add(name);
      containerHashes.add(Identifiers.hash(name));
    }
    values = new ValueClassifier(catalog, new ClassIndex(List.of()), Options.DEFAULT);
  }

  /** What the pre-filter has learned: enough to decide about a file again without the facts it learned from. */
  record State(Set<String> wanted, Set<Long> classHashes, Map<Long, Set<Long>> nestedClassHashes, Set<String> wantedFiles,
      Set<Long> decisiveMethodHashes, Map<Long, Set<Long>> staticCallHashes) {}

  State state() {
    Map<Long, Set<Long>> nested = new HashMap<>();
    nestedClassHashes.forEach((k, v) -> nested.put(k, Set.copyOf(v)));
    Map<Long, Set<Long>> staticCalls = new HashMap<>();
    staticCallHashes.forEach((k, v) -> staticCalls.put(k, Set.copyOf(v)));
    return new State(Set.copyOf(wanted), Set.copyOf(classHashes), nested, Set.copyOf(wantedFiles),
        Set.copyOf(decisiveMethodHashes), staticCalls);
  }

  /** Takes up what an earlier pre-filter had learned. */
  void restore(State s) {
    wanted.addAll(s.wanted());
    classHashes.addAll(s.classHashes());
    s.nestedClassHashes().forEach((k, v) -> nestedClassHashes.computeIfAbsent(k, x -> new HashSet<>()).addAll(v));
    wantedFiles.addAll(s.wantedFiles());
    decisiveMethodHashes.addAll(s.decisiveMethodHashes());
    s.staticCallHashes().forEach((k, v) -> staticCallHashes.computeIfAbsent(k, x -> new HashSet<>()).addAll(v));
  }

  /** Whether everything this pre-filter learned is in {@code s}: no file matters that did not under it. */
  boolean learnedWithin(State s) {
    if (!s.wanted().containsAll(wanted) || !s.classHashes().containsAll(classHashes) || !s.wantedFiles().containsAll(wantedFiles)
        || !s.decisiveMethodHashes().containsAll(decisiveMethodHashes)) {
      return false;
    }
    return containsAll(s.nestedClassHashes(), nestedClassHashes) && containsAll(s.staticCallHashes(), staticCallHashes);
  }

  private static boolean containsAll(Map<Long, Set<Long>> known, Map<Long, Set<Long>> learned) {
    for (Map.Entry<Long, Set<Long>> e : learned.entrySet()) {
      Set<Long> k = known.get(e.getKey());
      if (k == null || !k.containsAll(e.getValue())) {
        return false;
      }
    }
    return true;
  }

  String wantedForDebug() {
    return new java.util.TreeSet<>(wanted).toString();
  }

  /**
   * Whether a file with these identifiers matters: its declarations name a container type, or it
   * mentions a class that matters (null: unknown, so yes).
   */
  boolean mentionsWanted(Identifiers.Scan scan) {
    if (scan == null || scan.suspect()) {
      return true;
    }
    for (long h : scan.declarationIds()) {
      if (containerHashes.contains(h)) {
        return true;
      }
    }
    for (long h : scan.ids()) {
      if (classHashes.contains(h) || decisiveMethodHashes.contains(h)) {
        return true;
      }
      if (mentionsWith(scan, nestedClassHashes.get(h)) // import a.MethodHandles.Lookup; ... Lookup l
          || mentionsWith(scan, staticCallHashes.get(h))) { // Layouts.compile(..), or imported statically
        return true;
      }
    }
    return false;
  }

  private static boolean mentionsWith(Identifiers.Scan scan, Set<Long> classes) {
    if (classes != null) {
      for (long c : classes) {
        if (scan.namesOrImports(c)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the file is named after a class whose declaration is wanted ({@code Locale.java}). */
  boolean declaresWanted(Path file) {
    String name = file.getFileName().toString();
    return wantedFiles.contains(name.substring(0, name.length() - ".java".length()));
  }

  /**
   * Learns the names that the facts of newly read files make relevant; true if any is new. What is
   * learned from a file depends on what is known already (a subclass of a class that matters, a
   * holder made by a container subclass, the supertypes of a class whose declaration is wanted, a
   * static wrapper of a method whose callers matter), so a file read before is learned from again
   * when a name it looked up comes to matter, until nothing new is learned: what is learned depends
   * on the files, never on their order or on the rounds they came in (a plan's check learns from
   * all of them at once, and must learn the same).
   */
  boolean learn(List<FileFacts> facts) {
    long before = learnedCount();
    newlyWanted.clear();
    for (FileFacts f : facts) {
      FileFacts earlier = learnedFrom.put(f.file(), f);
      if (earlier != f) {
        noteHolderTypes(f);
        noteCreators(f);
        lookups(f).forEach(name -> lookedUpBy.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(f.file()));
      }
    }
    Collection<String> pass = facts.stream().map(FileFacts::file).toList();
    while (!pass.isEmpty()) {
      pass.forEach(file -> learnFrom(learnedFrom.get(file)));
      wantOwners();
      // The files that looked up a name that matters now: learned from again.
      Set<String> again = new LinkedHashSet<>();
      newlyWanted.forEach(name -> again.addAll(lookedUpBy.getOrDefault(name, Set.of())));
      newlyWanted.clear();
      pass = again;
    }
    return learnedCount() > before;
  }

  /** Prefixes of the names looked up in the wanted files and in the static methods whose callers matter. */
  private static final String FILE_LOOKUP = "file:";
  private static final String STATIC_CALL_LOOKUP = "static:";

  /**
   * The names whose coming to matter can change what a file teaches: the classes its holders are
   * made of (a container subclass) and its classes' supertypes (a subclass of a class that
   * matters) among the wanted names; its top-level classes among the wanted files; the static
   * methods of its own classes' simple names that it calls, among those whose callers matter.
   */
  private static Set<String> lookups(FileFacts f) {
    Set<String> names = new HashSet<>();
    for (HolderFact h : f.facts().holders()) {
      if (h.initializer() instanceof Expr.New n) {
        names.add(n.type().simpleName());
      }
    }
    for (ClassFact c : f.facts().classes()) {
      c.superTypes().forEach(s -> names.add(Names.simpleName(s)));
      names.add(FILE_LOOKUP + topLevel(c.qualifiedName()));
    }
    for (var p : f.facts().passed()) {
      for (String o : p.callee().owners()) {
        if (o.equals(p.caller().className())) {
          names.add(STATIC_CALL_LOOKUP + Names.simpleName(o) + "#" + p.callee().method());
        }
      }
    }
    return names;
  }

  /** Learns from one file's facts, given what is known so far. */
  private void learnFrom(FileFacts f) {
    Set<String> holderClasses = new HashSet<>();
    Set<String> judgedHolders = new HashSet<>();
    Map<String, Shape> judgedShapes = new HashMap<>();
    for (HolderFact h : f.facts().holders()) {
      if (h.initializer() == null) {
        continue;
      }
      boolean byUnknownFactory = values.classifyUnknownFactory(h.initializer(), h.declaredType()).verdict().isJudged();
      if (byUnknownFactory && h.initializer() instanceof Expr.Call factory) {
        // Whether the factory's class is itself a container decides: read its declaration.
        wantDeclaration(factory.staticOwner());
      }
      boolean judged = values.classify(h.initializer()).verdict().isJudged() || byUnknownFactory
          || h.initializer() instanceof Expr.New n && wanted.contains(n.type().simpleName()); // a container subclass
      if (!judged) {
        continue;
      }
      judgedHolders.add(h.id());
      judgedShapes.put(h.id(), values.classify(h.initializer()).shape());
      // The key type: an enum declared elsewhere bounds the map.
      if (!h.declaredType().arguments().isEmpty()) {
        wantDeclaration(h.declaredType().arguments().get(0).name());
      }
      // Other files matter only if they can reach the holder (it is not private) or hold
      // instances of its class.
      // (an instance holder: also when the class makes its own instances, as a project
      // container made by a factory method; files holding one may grow it)
      if (!h.isPrivate() || !h.isStatic()) {
        holderClasses.add(h.declaringClass());
      }
      if (!h.isStatic() && growsInAMethod(f, h, judgedShapes.get(h.id()), false)) {
        instanceHolderClasses.add(Names.simpleName(h.declaringClass()));
        if (growsInAMethod(f, h, judgedShapes.get(h.id()), true)) {
          containerCandidates.add(Names.simpleName(h.declaringClass()));
        }
      }
    }
    for (var r : f.facts().returns()) {
      if (r.source() instanceof Ref.Field field && field.owners().size() == 1 && r.sourceCalls().isEmpty()
          && judgedHolders.contains(HolderFact.id(field.owners().get(0), field.name()))
          && isNonPrivateMethod(f, r.className(), r.method())) {
        holderClasses.add(r.className()); // Registry.services().put(..) from another file
      }
    }
    // A constructor that grows a holder: every file that instantiates its class decides how
    // often it runs (and whether instances are made at run time at all).
    for (var u : f.facts().refUses()) {
      Member in = u.enclosing();
      if (in.kind().isInstanceInitialization() && !u.isAssignment() && u.start() instanceof Ref.Field field
          && field.owners().size() == 1 && judgedHolders.contains(HolderFact.id(field.owners().get(0), field.name()))
          && !hasOnlyPrivateConstructors(f, in.className())) {
        holderClasses.add(in.className());
      }
    }
    wantCallersOfPackagePrivateEvictions(f, judgedShapes);
    // A holder passed to a method of another class (Maps.computeIfAbsent(CACHE, ..)): what that
    // method does to its parameter decides, so the file declaring it is read whole.
    for (var a : f.facts().arguments()) {
      if (a.argument() instanceof Ref.Field field && field.owners().size() == 1
          && judgedHolders.contains(HolderFact.id(field.owners().get(0), field.name()))) {
        a.callee().owners().forEach(this::wantClassNamed);
      }
    }
    // A holder assigned from another file (Settings.overrides = new HashMap<>()): its
    // declaration may name no container at all.
    for (var u : f.facts().refUses()) {
      if (u.isAssignment() && u.start() instanceof Ref.Field field && !declaresField(f, field)) {
        field.owners().forEach(this::wantDeclaration);
      }
    }
    wantCallersOfOverrides(f, judgedHolders);
    wantCallersOfStaticGrowth(f, judgedHolders);
    for (ClassFact c : f.facts().classes()) {
      boolean declaresHolder = holderClasses.contains(c.qualifiedName());
      boolean extendsWanted = c.superTypes().stream().anyMatch(s -> wanted.contains(Names.simpleName(s)));
      if (declaresHolder || extendsWanted) {
        // Files that mention it may grow its holders, instantiate it (singletons) or extend it;
        // and a subclass of a container is a container too.
        want(c);
      }
      if (declaresHolder || extendsWanted || wantedFiles.contains(topLevel(c.qualifiedName()))) {
        c.superTypes().forEach(this::wantDeclaration); // servlets, container superclasses
      }
    }
  }

  /** The non-private holders whose type may be a project container. */
  private void noteHolderTypes(FileFacts f) {
    for (HolderFact h : f.facts().holders()) {
      if (h.isPrivate() || h.declaredType() == null) {
        continue;
      }
      String type = h.initializer() instanceof Expr.New n ? n.type().simpleName() : h.declaredType().simpleName();
      for (ClassFact c : f.facts().classes()) {
        if (c.qualifiedName().equals(h.declaringClass())) {
          declarersByHolderType.computeIfAbsent(type, k -> new ArrayList<>()).add(c);
        }
      }
    }
  }

  /** Instantiations in a class's field initializers, constructors or instance initializers. */
  private void noteCreators(FileFacts f) {
    for (var i : f.facts().instantiations()) {
      if (!i.enclosing().kind().isInstanceInitialization()) {
        continue;
      }
      for (ClassFact c : f.facts().classes()) {
        if (c.qualifiedName().equals(i.enclosing().className())) {
          creatorsByCreated.computeIfAbsent(Names.simpleName(i.type()), k -> new ArrayList<>()).add(c);
        }
      }
    }
  }

  /**
   * The creators of classes with judged instance holders: their own lifetime decides (ownership);
   * and the declarers of holders of such classes (project containers).
   */
  private void wantOwners() {
    for (String container : containerCandidates) {
      declarersByHolderType.getOrDefault(container, List.of()).forEach(this::want);
    }
    java.util.ArrayDeque<String> work = new java.util.ArrayDeque<>(instanceHolderClasses);
    Set<String> done = new HashSet<>();
    while (!work.isEmpty()) {
      String created = work.pop();
      if (!done.add(created)) {
        continue;
      }
      for (ClassFact creator : creatorsByCreated.getOrDefault(created, List.of())) {
        want(creator);
        creator.superTypes().forEach(this::wantDeclaration);
        work.add(creator.simpleName()); // the owner's own creators decide its lifetime in turn
      }
    }
  }

  /**
   * Whether a method of the holder's file grows it (through the field itself): only such an
   * instance holder can make an owned object worth reporting; and, for a project container, a
   * non-private method with what its caller passes.
   */
  private static boolean growsInAMethod(FileFacts f, HolderFact h, Shape shape, boolean withCallersArguments) {
    for (var u : f.facts().refUses()) {
      if (u.enclosing().kind() == MemberKind.METHOD && !u.isAssignment() && u.start() instanceof Ref.Field field
          && field.name().equals(h.name()) && field.owners().contains(h.declaringClass())
          && MethodSemantics.effectOf(u.calls(), u.arity(), shape, 0) == Effect.GROW
          && (!withCallersArguments || !u.argumentMentions().isEmpty()
              && isNonPrivateMethod(f, u.enclosing().className(), u.enclosing().name()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A removal from (or a reset of) a judged holder in a package-private method its own file never calls: whether
   * another file calls it decides whether the removal runs in production.
   */
  private void wantCallersOfPackagePrivateEvictions(FileFacts f, Map<String, Shape> judgedShapes) {
    for (var u : f.facts().refUses()) {
      Member in = u.enclosing();
      if (in.kind() != MemberKind.METHOD || !(u.start() instanceof Ref.Field field)
          || field.owners().size() != 1 || f.facts().invokedMethods().contains(in.name())) {
        continue;
      }
      Shape shape = judgedShapes.get(HolderFact.id(field.owners().get(0), field.name()));
      if (shape != null && (u.isAssignment() || MethodSemantics.effectOf(u.calls(), u.arity(), shape, 0) == Effect.SHRINK)
          && isPackagePrivateMethod(f, in)) {
        decisiveMethodHashes.add(Identifiers.hash(in.name()));
      }
    }
  }

  /**
   * The non-private static methods that use a judged holder, and the static methods of the same class
   * that pass their own parameter on to one of those: whether every call of them passes constants decides the
   * confidence of what they add, so files that call them matter.
   */
  private void wantCallersOfStaticGrowth(FileFacts f, Set<String> judgedHolders) {
    // Holders assigned later (in a static initializer), or made by a factory the catalog does not
    // know, have no initializer to judge here: a declared collection type is enough.
    Set<String> holders = new HashSet<>(judgedHolders);
    for (HolderFact h : f.facts().holders()) {
      if (h.isStatic() && h.declaredType() != null && (COLLECTION_TYPES.contains(h.declaredType().simpleName())
          || wanted.contains(h.declaredType().simpleName()))) {
        holders.add(h.id());
      }
    }
    Set<String> takingParameters = new HashSet<>();
    for (var p : f.facts().parameters()) {
      if (!p.parameterIds().isEmpty()) {
        takingParameters.add(p.className() + "#" + p.method());
      }
    }
    // (the uses core reads callers for: a growth call on the field itself, in a method with parameters)
    for (var u : f.facts().refUses()) {
      if (u.start() instanceof Ref.Field field && field.owners().size() == 1
          && holders.contains(HolderFact.id(field.owners().get(0), field.name()))
          && u.calls().stream().anyMatch(MethodSemantics::isGrowthCall)
          && takingParameters.contains(u.enclosing().className() + "#" + u.enclosing().name())) {
        wantCallersIfStatic(f, u.enclosing());
      }
    }
    Set<String> parameters = new HashSet<>();
    f.facts().locals().forEach(l -> {
      if (l.parameter()) {
        parameters.add(l.id());
      }
    });
    // wrappers of the same class only (core follows no others), and wrappers of those
    for (int before = -1; before != staticCallTargets.size(); ) {
      before = staticCallTargets.size();
      for (var p : f.facts().passed()) {
        boolean target = p.callee().owners().stream().anyMatch(o -> o.equals(p.caller().className())
            && staticCallTargets.contains(Names.simpleName(o) + "#" + p.callee().method()));
        if (target && p.values().stream().anyMatch(v -> v.localId() != null && parameters.contains(v.localId()))) {
          wantCallersIfStatic(f, p.caller());
        }
      }
    }
  }

  private void wantCallersIfStatic(FileFacts f, Member member) {
    if (member.kind() != MemberKind.METHOD) {
      return;
    }
    for (var m : f.facts().methods()) {
      if (m.member().equals(member) && m.isStatic() && !m.isPrivate()) {
        String simpleClass = Names.simpleName(member.className());
        if (staticCallTargets.add(simpleClass + "#" + member.name())) {
          newlyWanted.add(STATIC_CALL_LOOKUP + simpleClass + "#" + member.name());
          staticCallHashes.computeIfAbsent(Identifiers.hash(member.name()), k -> new HashSet<>())
              .add(Identifiers.hash(simpleClass));
        }
        return;
      }
    }
  }

  /** The non-public overrides of classes that declare a judged instance holder. */
  private void wantCallersOfOverrides(FileFacts f, Set<String> judgedHolders) {
    Set<String> declarers = new HashSet<>();
    for (HolderFact h : f.facts().holders()) {
      if (!h.isStatic() && judgedHolders.contains(h.id())) {
        declarers.add(h.declaringClass());
      }
    }
    for (var m : f.facts().methods()) {
      if (declarers.contains(m.member().className()) && m.member().kind() == MemberKind.METHOD
          && !m.visibility().equals(dev.leakguard.core.model.Visibility.PUBLIC) && !m.isPrivate()
          && m.annotations().stream().anyMatch(a -> Names.simpleName(a.name()).equals("Override"))) {
        decisiveMethodHashes.add(Identifiers.hash(m.member().name()));
      }
    }
  }

  private static boolean isPackagePrivateMethod(FileFacts f, Member member) {
    return f.facts().methods().stream().anyMatch(m -> m.member().equals(member)
        && m.visibility() == dev.leakguard.core.model.Visibility.PACKAGE);
  }

  /** How much is wanted; it only grows, so a change means something new matters. */
  private long learnedCount() {
    long n = wanted.size() + wantedFiles.size() + classHashes.size() + decisiveMethodHashes.size();
    for (Set<Long> enclosing : nestedClassHashes.values()) {
      n += 1 + enclosing.size();
    }
    n += staticCallTargets.size();
    return n;
  }

  private static boolean hasOnlyPrivateConstructors(FileFacts f, String className) {
    return f.facts().classes().stream().anyMatch(c -> c.qualifiedName().equals(className)
        && (c.constructorVisibility() == ClassFact.ConstructorVisibility.ALL_PRIVATE
            || c.kind() == dev.leakguard.core.model.ClassKind.ENUM));
  }

  private static boolean declaresField(FileFacts f, Ref.Field field) {
    for (HolderFact h : f.facts().holders()) {
      if (h.name().equals(field.name()) && field.owners().contains(h.declaringClass())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNonPrivateMethod(FileFacts f, String className, String method) {
    return f.facts().methods().stream().anyMatch(m -> m.member().className().equals(className)
        && m.member().name().equals(method) && !m.isPrivate());
  }

  /** Wants a class by name: files that mention it, its own declaring file included, are read whole. */
  private void wantClassNamed(String typeName) {
    // Only a class resolved to a project's package: a JDK utility (Collections.addAll) summarises
    // nothing the analysed sources declare, and an unresolved simple name would want every file naming it.
    if (typeName.indexOf('.') < 0 || typeName.startsWith("java.") || typeName.startsWith("javax.")
        || typeName.startsWith("jdk.") || typeName.startsWith("sun.")) {
      return;
    }
    String top = topLevel(typeName);
    if (top.length() > 2 && !NOT_CONTAINERS.contains(top)) {
      if (wanted.add(top)) {
        newlyWanted.add(top);
      }
      classHashes.add(Identifiers.hash(top));
    }
  }

  /** Wants the file that declares a type: named after its top-level class. */
  private void wantDeclaration(String typeName) {
    String top = topLevel(typeName);
    if (top.length() > 2 && !NOT_CONTAINERS.contains(top) && !typeName.startsWith("java.lang.")) {
      if (wantedFiles.add(top)) {
        newlyWanted.add(FILE_LOOKUP + top);
      }
    }
  }

  /** {@code a.b.Outer.Inner} and {@code Outer.Inner} give {@code Outer}; {@code Outer} gives itself. */
  static String topLevel(String typeName) {
    int lt = typeName.indexOf('<');
    String name = lt >= 0 ? typeName.substring(0, lt) : typeName;
    for (String segment : name.split("\\.")) {
      if (!segment.isEmpty() && Character.isUpperCase(segment.charAt(0))) {
        return segment;
      }
    }
    return Names.simpleName(name);
  }

  /**
   * Wants a class: files that mention it matter. A nested class only together with the name of
   * a class enclosing it ({@code MethodHandles.Lookup}, an import of it): a simple name such as
   * {@code Entry} or {@code Builder} alone names too many unrelated classes. Type variables,
   * wildcards and the JDK's non-containers are not worth a file.
   */
  private void want(ClassFact c) {
    String simpleName = c.simpleName();
    if (simpleName.length() > 2 && Character.isJavaIdentifierStart(simpleName.charAt(0))
        && simpleName.chars().allMatch(Character::isJavaIdentifierPart) && !NOT_CONTAINERS.contains(simpleName)) {
      if (wanted.add(simpleName)) {
        newlyWanted.add(simpleName);
      }
      long h = Identifiers.hash(simpleName);
      if (c.outerClass() == null) {
        classHashes.add(h);
      } else {
        Set<Long> enclosing = nestedClassHashes.computeIfAbsent(h, k -> new HashSet<>());
        // Every capitalised segment of the enclosing class's name: the enclosing classes at any level.
        for (String segment : c.outerClass().split("\\.")) {
          if (!segment.isEmpty() && Character.isUpperCase(segment.charAt(0))) {
            enclosing.add(Identifiers.hash(segment));
          }
        }
        enclosing.add(Identifiers.hash(Names.simpleName(c.outerClass())));
      }
    }
  }

}
