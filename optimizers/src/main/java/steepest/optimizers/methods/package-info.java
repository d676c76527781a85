/** Where the catalog of methods beyond first-order update rules is assembled. */
package steepest.optimizers.methods;
