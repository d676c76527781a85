#!/usr/bin/env bash
# Regenerates the README's gallery: runs the built-in experiments it shows, draws their reports in the
# paper style, and copies the chosen figures into docs/gallery/. Usage: scripts/gallery.sh [--threads N]
set -euo pipefail
cd "$(dirname "$0")/.."
out=results/gallery
mkdir -p docs/gallery

figure() {  # experiment, style, figure name (without extension), gallery name
  local experiment=$1 style=$2 name=$3 target=$4
  ./steepest report "$out/$experiment" --style "$style" --format png,svg,pdf --out "$out/$experiment/report-$style" > /dev/null
  cp "$out/$experiment/report-$style/figures/$name.png" "docs/gallery/$target.png"
}

for experiment in momentum-adaptive second-order constrained natural-gradient vanishing-exploding gd-variants \
                  variance-reduction modern-adaptive dimension local-optima feature-importance nonsmooth; do
  rm -rf "$out/$experiment"
  ./steepest run "$experiment" --out "$out/$experiment" "$@" > /dev/null
done

figure momentum-adaptive paper-wide contour-rosenbrock momentum-adaptive-rosenbrock
figure momentum-adaptive paper convergence-quadratic-rotated_d=50_cond=1000_seed=1-iterations momentum-adaptive-quadratic
figure second-order paper performance-profile second-order-performance-profile
figure second-order paper scaling-quadratic-rotated_d=100_seed=1-cond second-order-conditioning
figure second-order paper-wide ecdf-all second-order-ecdf
figure second-order paper critical-difference second-order-critical-difference
figure constrained paper certificate-ls-simplex constrained-fw-gap
figure natural-gradient paper convergence-logreg_standardize=false-iterations natural-gradient-raw-features
figure vanishing-exploding paper-wide layer-norms-by-depth vanishing-exploding-depth
figure gd-variants paper convergence-logreg-epochs gd-variants-epochs
figure variance-reduction paper-wide convergence-logreg_dataset=synthetic_n=100000_lambda=1e-2-epochs \
  variance-reduction-synthetic
figure modern-adaptive paper convergence-softmax_dataset=digits-epochs modern-adaptive-softmax
figure dimension paper scaling-mgh-broyden-tridiagonal-n dimension-broyden
figure local-optima paper success-ackley local-optima-ackley
figure feature-importance paper-wide importance-logreg__lbfgs feature-importance-logreg
figure nonsmooth paper convergence-lasso-iterations nonsmooth-lasso
echo "gallery written to docs/gallery/"
