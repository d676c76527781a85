/** Writes charts to image files atomically. */
package steepest.reports.export;
