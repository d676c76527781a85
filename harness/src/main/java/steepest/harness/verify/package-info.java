/** {@code steepest verify}: the conformance checks run on named entries, built-in and plugin alike. */
package steepest.harness.verify;
