#!/usr/bin/python3
"""Golden trajectories of torch.optim for the first-order rules of steepest.

Run by hand with Debian's python3-torch (1.13), never by CI:

    /usr/bin/python3 optimizers/src/test/python/torch_fixtures.py

For every case below it translates the steepest spec (e.g. "adam:lr=0.01,amsgrad=true") into the
torch optimizer, learning-rate scheduler and gradient clipping a PyTorch user would write, runs it in
float64 on a problem whose value and gradient are computed in plain IEEE double arithmetic exactly as
steepest's test objectives compute them, and writes every iterate to
optimizers/src/test/resources/fixtures/torch/<case>.csv (columns k, lr, x0..x{d-1}; lr is the rate
used by the step that produced x_k, empty for k = 0). cases.csv indexes the cases.

Keys the spec leaves out are left out of the torch call too, so torch's own defaults apply: the
replay then also checks that steepest's defaults are torch's. torch 1.13 requires SGD's lr, so sgd
specs always give one.

NAdam: torch 1.13 multiplies mu_t into the product twice (fixed in later releases). Its
trajectories are written with reference "torch-1.13-nadam", and the Java tests replay them with an
independent scalar NAdam that has that defect switched on, not with steepest's NAdam.
"""
import math
import os

import torch

torch.set_default_dtype(torch.float64)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "resources", "fixtures", "torch")
ITERATIONS = 150


def rosenbrock(x):
    """Chained Rosenbrock, in the operation order of the Java test objective."""
    d = len(x)
    f = 0.0
    g = [0.0] * d
    carry = 0.0
    for i in range(d - 1):
        xi = x[i]
        t = x[i + 1] - xi * xi
        u = 1.0 - xi
        f += 100.0 * t * t + u * u
        g[i] = carry - 400.0 * xi * t - 2.0 * u
        carry = 200.0 * t
    g[d - 1] = carry
    return f, g


def quadratic(d, cond):
    """1/2 x'Ax - b'x, A = diag(cond^(i/(d-1))), b = 1."""
    eig = [cond ** (i / (d - 1)) for i in range(d)]

    def fg(x):
        f = 0.0
        g = [0.0] * d
        for i in range(d):
            ax = eig[i] * x[i]
            f += 0.5 * ax * x[i] - x[i]
            g[i] = ax - 1.0
        return f, g

    return fg


PROBLEMS = {
    "rosenbrock": (rosenbrock, [-1.2, 1.0]),
    "quadratic": (quadratic(10, 100.0), [0.0] * 10),
}

RULES = {
    "sgd": torch.optim.SGD,
    "adagrad": torch.optim.Adagrad,
    "rmsprop": torch.optim.RMSprop,
    "adam": torch.optim.Adam,
    "adamw": torch.optim.AdamW,
    "nadam": torch.optim.NAdam,
    "adamax": torch.optim.Adamax,
    "adadelta": torch.optim.Adadelta,
}
SHARED = {"schedule", "step_size", "gamma", "t_max", "eta_min", "power", "offset", "warmup", "warmup_start",
          "clip_value", "clip_norm"}

# (spec, problems): every rule and option, schedules and clipping.
CASES = [
    ("sgd:lr=0.001", ["rosenbrock", "quadratic"]),
    ("sgd:lr=0.001,momentum=0.9", ["rosenbrock", "quadratic"]),
    ("sgd:lr=0.001,momentum=0.9,dampening=0.5", ["rosenbrock", "quadratic"]),
    ("sgd:lr=0.001,momentum=0.9,nesterov=true", ["rosenbrock", "quadratic"]),
    ("sgd:lr=0.001,momentum=0.5,weight_decay=0.1", ["rosenbrock", "quadratic"]),
    ("adagrad:lr=0.1", ["rosenbrock", "quadratic"]),
    ("adagrad:lr=0.1,lr_decay=0.01,initial_accumulator_value=0.1,weight_decay=0.01,eps=0.001",
     ["rosenbrock", "quadratic"]),
    ("rmsprop:lr=0.001", ["rosenbrock", "quadratic"]),
    ("rmsprop:lr=0.001,centered=true", ["rosenbrock", "quadratic"]),
    ("rmsprop:lr=0.001,momentum=0.5", ["rosenbrock", "quadratic"]),
    ("rmsprop:lr=0.001,alpha=0.9,centered=true,momentum=0.5,weight_decay=0.1,eps=1e-6", ["rosenbrock", "quadratic"]),
    ("adam:lr=0.01", ["rosenbrock", "quadratic"]),
    ("adam:lr=0.01,amsgrad=true", ["rosenbrock", "quadratic"]),
    ("adam:lr=0.01,beta1=0.8,beta2=0.99,eps=1e-6,weight_decay=0.1", ["rosenbrock", "quadratic"]),
    ("adamw:lr=0.01", ["rosenbrock", "quadratic"]),
    ("adamw:lr=0.01,weight_decay=0.1,amsgrad=true", ["rosenbrock", "quadratic"]),
    ("adamax:lr=0.01", ["rosenbrock", "quadratic"]),
    ("adamax:lr=0.01,beta1=0.8,beta2=0.99,eps=1e-4,weight_decay=0.1", ["rosenbrock", "quadratic"]),
    ("adadelta", ["rosenbrock", "quadratic"]),
    ("adadelta:lr=0.5,rho=0.95,eps=1e-4,weight_decay=0.1", ["rosenbrock", "quadratic"]),
    # schedules
    ("sgd:lr=0.001,momentum=0.9,schedule=step,step_size=30,gamma=0.5", ["rosenbrock", "quadratic"]),
    ("adam:lr=0.05,schedule=exponential,gamma=0.98", ["rosenbrock", "quadratic"]),
    ("adam:lr=0.05,schedule=cosine,t_max=40,eta_min=0.001", ["rosenbrock", "quadratic"]),
    ("sgd:lr=0.001,schedule=inverse_time,gamma=0.05", ["rosenbrock", "quadratic"]),
    ("rmsprop:lr=0.01,schedule=poly,power=0.75,offset=10", ["rosenbrock", "quadratic"]),
    ("adamw:lr=0.05,warmup=10,warmup_start=0.1,schedule=cosine,t_max=140", ["rosenbrock", "quadratic"]),
    ("sgd:lr=0.001,momentum=0.9,warmup=20", ["rosenbrock", "quadratic"]),
    # clipping
    ("sgd:lr=0.001,clip_norm=5", ["rosenbrock", "quadratic"]),
    ("adam:lr=0.01,clip_value=2", ["rosenbrock", "quadratic"]),
    ("sgd:lr=0.001,momentum=0.9,clip_value=20,clip_norm=10", ["rosenbrock", "quadratic"]),
    # NAdam as torch 1.13 has it (see the module doc)
    ("nadam:lr=0.01", ["rosenbrock", "quadratic"]),
    ("nadam:lr=0.01,beta1=0.8,beta2=0.99,eps=1e-6,weight_decay=0.1,momentum_decay=0.01", ["rosenbrock", "quadratic"]),
]


def parse(spec):
    name, _, rest = spec.partition(":")
    args = {}
    for pair in filter(None, rest.split(",")):
        key, _, value = pair.partition("=")
        args[key] = value
    return name, args


def value(text):
    if text in ("true", "false"):
        return text == "true"
    return float(text)


def build(spec, param):
    name, args = parse(spec)
    kwargs = {k: value(v) for k, v in args.items() if k not in SHARED}
    if "beta1" in kwargs or "beta2" in kwargs:
        kwargs["betas"] = (kwargs.pop("beta1", 0.9), kwargs.pop("beta2", 0.999))
    if name == "sgd":
        kwargs.setdefault("lr", 1e-3)
    optimizer = RULES[name]([param], foreach=False, **kwargs)
    schedule = args.get("schedule", "constant")
    gamma = float(args.get("gamma", 0.1))
    lr = torch.optim.lr_scheduler
    if schedule == "step":
        inner = lr.StepLR(optimizer, step_size=int(args["step_size"]), gamma=gamma)
    elif schedule == "exponential":
        inner = lr.ExponentialLR(optimizer, gamma=gamma)
    elif schedule == "cosine":
        inner = lr.CosineAnnealingLR(optimizer, T_max=int(args["t_max"]), eta_min=float(args.get("eta_min", 0)))
    elif schedule == "inverse_time":
        inner = lr.LambdaLR(optimizer, lambda k: 1 / (1 + gamma * k))
    elif schedule == "poly":
        b, p = float(args.get("offset", 1)), float(args.get("power", 1))
        inner = lr.LambdaLR(optimizer, lambda k: (b / (b + k)) ** p)
    else:
        inner = None
    warmup = int(args.get("warmup", 0))
    if warmup > 0:
        ramp = lr.LinearLR(optimizer, start_factor=float(args.get("warmup_start", 1 / 3)), end_factor=1.0,
                           total_iters=warmup)
        after = inner if inner is not None else lr.LambdaLR(optimizer, lambda k: 1.0)
        scheduler = lr.SequentialLR(optimizer, [ramp, after], milestones=[warmup])
    else:
        scheduler = inner
    return optimizer, scheduler, args


def run(spec, problem):
    fg, x0 = PROBLEMS[problem]
    param = torch.tensor(x0)
    optimizer, scheduler, args = build(spec, param)
    rows = [(0, "", list(x0))]
    for k in range(1, ITERATIONS + 1):
        _, g = fg(param.tolist())
        param.grad = torch.tensor(g)
        if "clip_value" in args:
            torch.nn.utils.clip_grad_value_([param], float(args["clip_value"]))
        if "clip_norm" in args:
            torch.nn.utils.clip_grad_norm_([param], float(args["clip_norm"]))
        rate = optimizer.param_groups[0]["lr"]
        optimizer.step()
        if scheduler is not None:
            scheduler.step()
        x = param.tolist()
        if not all(math.isfinite(v) and abs(v) < 1e6 for v in x):
            raise SystemExit("%s on %s left the region at k=%d: %s" % (spec, problem, k, x))
        rows.append((k, repr(rate), x))
    return rows


def case_name(spec, problem):
    name = spec.replace(":", "_").replace(",", "_").replace("=", "-")
    return problem + "__" + name


def main():
    os.makedirs(OUT, exist_ok=True)
    index = ["name,problem,reference,iterations,spec"]
    for spec, problems in CASES:
        for problem in problems:
            rows = run(spec, problem)
            name = case_name(spec, problem)
            d = len(rows[0][2])
            with open(os.path.join(OUT, name + ".csv"), "w") as out:
                out.write("k,lr," + ",".join("x%d" % i for i in range(d)) + "\n")
                for k, rate, x in rows:
                    out.write("%d,%s,%s\n" % (k, rate, ",".join(repr(v) for v in x)))
            reference = "torch-1.13-nadam" if spec.startswith("nadam") else "torch"
            # the spec holds commas: it is the last column and is read as the rest of the line
            index.append("%s,%s,%s,%d,%s" % (name, problem, reference, ITERATIONS, spec))
    with open(os.path.join(OUT, "cases.csv"), "w") as out:
        out.write("\n".join(index) + "\n")
    print("wrote %d cases (torch %s) to %s" % (len(index) - 1, torch.__version__, os.path.normpath(OUT)))


if __name__ == "__main__":
    main()
