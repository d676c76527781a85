/**
 * Converts results folders into the reports module's figures and tables, with the statistics of
 * {@code steepest.harness.stats}: aRT over a target ladder, runtime ECDFs per problem group,
 * paired significance tests with Holm's correction behind the tables' marks, and Friedman's test
 * with Nemenyi's critical difference across problems.
 */
package steepest.harness.report;
