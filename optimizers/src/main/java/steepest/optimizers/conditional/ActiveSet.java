package steepest.optimizers.conditional;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import steepest.optimizers.linalg.Vectors;

/**
 * The current iterate as a convex combination x = Σ_a w_a·a of atoms, for the away-step and
 * pairwise Frank-Wolfe variants (Lacoste-Julien and Jaggi, "On the global linear convergence of
 * Frank-Wolfe optimization variants", NeurIPS 2015, Algorithms 1 and 2). The atoms are the
 * vertices the linear minimization oracle returned, recognized again by exact equality, plus the
 * start x₀ as an atom of its own (so a run starts at the problem's standard start; x₀ leaves the set
 * through a drop step like any atom). Atoms whose weight reaches 0 are dropped.
 *
 * <p>Adding a vertex never seen before copies it; the set grows with the number of distinct
 * vertices visited, at most the number of iterations.
 */
final class ActiveSet {

    private final List<double[]> atoms = new ArrayList<>();
    private double[] weights = new double[16];

    /** The set {x₀} with weight 1. x0 is copied. */
    ActiveSet(double[] x0) {
        atoms.add(x0.clone());
        weights[0] = 1.0;
    }

    /** The number of atoms with positive weight. */
    int size() {
        return atoms.size();
    }

    /** The index of the atom maximizing ⟨g, a⟩, the away vertex. g is not modified. */
    int awayAtom(double[] gradient) {
        int best = 0;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < atoms.size(); i++) {
            double value = Vectors.dot(gradient, atoms.get(i));
            if (value > bestValue) {
                bestValue = value;
                best = i;
            }
        }
        return best;
    }

    /** The atom at {@code index} (a read-only view). */
    double[] atom(int index) {
        return atoms.get(index);
    }

    /** The weight of the atom at {@code index}. */
    double weight(int index) {
        return weights[index];
    }

    /** Records the Frank-Wolfe step x ← (1 − γ)x + γ·s: w ← (1 − γ)w, w_s ← w_s + γ. s is copied if new. */
    void towards(double[] vertex, double gamma) {
        int s = indexOf(vertex);
        if (gamma >= 1) {
            double[] kept = atoms.get(s);
            atoms.clear();
            atoms.add(kept);
            weights[0] = 1.0;
            return;
        }
        for (int i = 0; i < atoms.size(); i++) {
            weights[i] *= 1 - gamma;
        }
        weights[s] += gamma;
    }

    /** Records the away step x ← (1 + γ)x − γ·v: w ← (1 + γ)w, w_v ← w_v − γ; v is dropped at γ_max. */
    void awayFrom(int v, double gamma, boolean drop) {
        for (int i = 0; i < atoms.size(); i++) {
            weights[i] *= 1 + gamma;
        }
        weights[v] -= gamma;
        if (drop) {
            remove(v);
        }
    }

    /** Records the pairwise step x ← x + γ(s − v): w_s ← w_s + γ, w_v ← w_v − γ; v is dropped at γ_max. */
    void pairwise(double[] vertex, int v, double gamma, boolean drop) {
        int s = indexOf(vertex);
        weights[v] -= gamma;
        weights[s] += gamma;
        if (drop) {
            remove(v);
        }
    }

    private int indexOf(double[] vertex) {
        for (int i = 0; i < atoms.size(); i++) {
            if (Arrays.equals(atoms.get(i), vertex)) {
                return i;
            }
        }
        if (atoms.size() == weights.length) {
            weights = Arrays.copyOf(weights, 2 * weights.length);
        }
        atoms.add(vertex.clone());
        weights[atoms.size() - 1] = 0.0;
        return atoms.size() - 1;
    }

    private void remove(int index) {
        atoms.remove(index);
        System.arraycopy(weights, index + 1, weights, index, atoms.size() - index);
    }
}
