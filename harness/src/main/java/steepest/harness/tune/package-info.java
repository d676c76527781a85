/** Hyperparameter tuning: trials on tuning seeds, a choice per (problem, family), final runs on fresh seeds. */
package steepest.harness.tune;
