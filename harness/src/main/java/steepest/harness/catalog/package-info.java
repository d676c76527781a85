/**
 * The catalogs of optimizers and problems, assembled once per invocation from every
 * {@link java.util.ServiceLoader} provider on the class path and in plugin jars
 * ({@code --plugin PATH}, {@code STEEPEST_PLUGINS}), with each entry's origin and each jar's
 * provenance (SHA-256, Implementation-Version).
 */
package steepest.harness.catalog;
