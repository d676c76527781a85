/**
 * Spectral (Barzilai–Borwein) gradient methods with the Grippo–Lampariello–Lucidi nonmonotone line
 * search: {@code bb} (Raydan 1997) and its projection onto a feasible set, {@code spg}
 * (Birgin–Martínez–Raydan 2000), one class with the projection switched on or off.
 */
package steepest.optimizers.spectral;
