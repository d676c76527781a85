/** The Moré–Garbow–Hillstrom unconstrained test problems (ACM TOMS 7(1), 1981). */
package steepest.problems.mgh;
