/**
 * COCO's bbob suite of 24 noiseless test functions with exact gradients: {@link
 * steepest.problems.bbob.BbobFunction} lists them with their groups and properties and builds COCO's
 * instances bit for bit from COCO's generator ({@code LegacyRandom}); one class per function (or
 * per family of two or three), each computing f and, in reverse through the same transformations
 * (T_osz, T_asy, Λ^α, rotations, f_pen), its gradient or documented subgradient; the chain
 * z = B·T(A·(x − x_opt)) most of them share is written once ({@code Pipeline}). The spec entry is
 * {@link steepest.problems.bbob.BbobCatalog}: {@code bbob:f=,d=,instance=}.
 *
 * <p>References: Hansen, Finck, Ros and Auger, "Real-parameter black-box optimization benchmarking
 * 2009: noiseless functions definitions", INRIA RR-6829 (updated 2010); Hansen, Auger, Ros, Mersmann,
 * Tušar and Brockhoff, "COCO: a platform for comparing continuous optimizers in a black-box setting",
 * Optimization Methods and Software 36(1), 2021; COCO's C sources (code-experiments/src, f_*.c).
 */
package steepest.problems.bbob;
