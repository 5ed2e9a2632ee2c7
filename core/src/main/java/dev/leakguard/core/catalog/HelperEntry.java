package dev.leakguard.core.catalog;

/**
 * A library's static method that changes a collection passed to it as the collection's own call
 * would: {@code Collections.addAll(list, a, b)} grows {@code list} as {@code list.addAll(..)} does,
 * {@code Iterables.removeIf(list, p)} shrinks it as {@code list.removeIf(p)} does. A holder passed
 * there is grown or evicted like one called directly.
 *
 * @param owner the qualified name of the class declaring the method
 * @param index the position of the collection among the arguments, from 0
 * @param call the collection's method it acts as ({@link MethodSemantics} judges it)
 * @param callArity the arguments that call would take
 */
public record HelperEntry(String owner, String method, int index, String call, int callArity) {}
