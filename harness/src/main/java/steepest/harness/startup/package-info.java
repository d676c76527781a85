/**
 * Start-up support for the {@code steepest} launcher: the training run behind its class-data-sharing
 * archive.
 */
package steepest.harness.startup;
