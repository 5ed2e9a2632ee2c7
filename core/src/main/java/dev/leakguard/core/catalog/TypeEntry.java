package dev.leakguard.core.catalog;

/**
 * A concrete container type: its verdict when created with {@code new}, its shape, and whether a
 * first constructor argument that is not itself a collection bounds it (a capacity, as in
 * {@code new LinkedBlockingQueue<>(100)}).
 */
public record TypeEntry(
    String qualifiedName, Verdict verdict, Shape shape, boolean capacityArgumentBounds, String reason) {}
