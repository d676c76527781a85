/**
 * The static HTML report of a results folder: figures, tables and the manifest on one page that
 * opens from disk, with no server, network, external script or font.
 */
package steepest.reports.html;
