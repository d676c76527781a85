/** Converts results folders into the reports module's figures. */
package steepest.harness.report;
