/** Experiment specs in YAML, expanded into cells with derived seeds, and the built-in catalog. */
package steepest.harness.experiment;
