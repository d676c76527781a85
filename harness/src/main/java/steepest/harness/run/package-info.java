/** The deterministic parallel runner: cells run independently, each from its own random stream. */
package steepest.harness.run;
