#!/usr/bin/python3
"""Golden trajectories of torch.optim for the first-order rules of steepest.

Run by hand with Debian's python3-torch (1.13), never by CI:

    /usr/bin/python3 optimizers/src/test/python/torch_fixtures.py

For every case below it translates the steepest spec (e.g. "adam:lr=0.01,amsgrad=true") into the
torch optimizer, learning-rate scheduler and gradient clipping a PyTorch user would write, runs it in
float64 on a problem whose value and gradient are computed in plain IEEE double arithmetic exactly as
steepest's test objectives compute them, and writes every iterate to
optimizers/src/test/resources/fixtures/torch/<case>.csv (columns k, lr, momentum, x0..x{d-1}, and for
ASGD ax0..ax{d-1}; lr is the rate used by the step that produced x_k, momentum the momentum or beta1
a cycling scheduler set for that step (empty when none cycles), both empty for k = 0; ax is torch's
averaged iterate state['ax']). cases.csv indexes the cases.

Schedulers are stepped once per optimizer step, after it, as torch documents; ReduceLROnPlateau is
stepped with the loss the step's gradient call returned (f at the point the gradient was taken).

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
    "radam": torch.optim.RAdam,
    "rprop": torch.optim.Rprop,
    "asgd": torch.optim.ASGD,
}
SHARED = {"schedule", "step_size", "gamma", "t_max", "eta_min", "power", "offset", "warmup", "warmup_start",
          "clip_value", "clip_norm", "milestones", "start_factor", "end_factor", "total_iters", "max_lr",
          "total_steps", "pct_start", "anneal_strategy", "div_factor", "final_div_factor", "three_phase", "base_lr",
          "step_size_up", "step_size_down", "mode", "cycle_momentum", "base_momentum", "max_momentum", "t_0",
          "t_mult", "factor", "patience", "threshold", "threshold_mode", "cooldown", "min_lr", "plateau_eps"}

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
    # RAdam, Rprop, ASGD
    ("radam:lr=0.001", ["rosenbrock", "quadratic"]),
    ("radam:lr=0.001,beta1=0.8,beta2=0.99,eps=1e-6,weight_decay=0.1", ["rosenbrock", "quadratic"]),
    ("rprop", ["rosenbrock", "quadratic"]),
    ("rprop:lr=0.001,eta_minus=0.3,eta_plus=1.5,step_size_min=1e-4,step_size_max=0.1", ["rosenbrock", "quadratic"]),
    ("asgd:lr=0.001", ["rosenbrock", "quadratic"]),
    ("asgd:lr=0.001,lambd=0.01,alpha=0.5,t0=20,weight_decay=0.1", ["rosenbrock", "quadratic"]),
    # torch's schedulers, with momentum cycling, patience and cooldown
    ("sgd:lr=0.001,momentum=0.9,schedule=multistep,milestones=30-80-120,gamma=0.5", ["rosenbrock", "quadratic"]),
    ("adam:lr=0.05,schedule=linear,start_factor=0.2,end_factor=0.8,total_iters=60", ["rosenbrock", "quadratic"]),
    ("sgd:lr=0.001,momentum=0.9,schedule=onecycle,max_lr=0.0015,total_steps=150", ["rosenbrock", "quadratic"]),
    ("sgd:schedule=onecycle,max_lr=0.0015,total_steps=200,cycle_momentum=false", ["rosenbrock", "quadratic"]),
    ("adam:schedule=onecycle,max_lr=0.05,total_steps=150,anneal_strategy=linear,three_phase=true",
     ["rosenbrock", "quadratic"]),
    ("adamw:schedule=onecycle,max_lr=0.02,total_steps=149,pct_start=0.25,div_factor=10,final_div_factor=100,"
     "base_momentum=0.8,max_momentum=0.9", ["rosenbrock", "quadratic"]),
    ("radam:schedule=onecycle,max_lr=0.002,total_steps=150", ["rosenbrock", "quadratic"]),
    ("sgd:lr=0.001,momentum=0.9,schedule=cyclic,base_lr=0.0005,max_lr=0.0015,step_size_up=20",
     ["rosenbrock", "quadratic"]),
    ("rmsprop:lr=0.001,schedule=cyclic,max_lr=0.01,step_size_up=15,step_size_down=25,mode=triangular2",
     ["rosenbrock", "quadratic"]),
    ("sgd:lr=0.001,schedule=cyclic,max_lr=0.003,step_size_up=10,mode=exp_range,gamma=0.99,cycle_momentum=false",
     ["rosenbrock", "quadratic"]),
    ("adam:lr=0.05,schedule=cosine_restarts,t_0=10,t_mult=2,eta_min=0.001", ["rosenbrock", "quadratic"]),
    ("sgd:lr=0.001,momentum=0.5,schedule=cosine_restarts,t_0=25", ["rosenbrock", "quadratic"]),
    ("sgd:lr=0.001,momentum=0.9,schedule=plateau,patience=3,threshold=0.05,cooldown=2,factor=0.5", ["rosenbrock"]),
    ("sgd:lr=0.001,momentum=0.9,schedule=plateau,patience=3,threshold_mode=abs,threshold=0.02,cooldown=2,factor=0.5",
     ["rosenbrock", "quadratic"]),
    ("adam:lr=0.05,schedule=plateau,mode=max,patience=5,threshold_mode=abs,threshold=0.01,min_lr=0.01,factor=0.5",
     ["rosenbrock", "quadratic"]),
    ("asgd:lr=0.002,schedule=exponential,gamma=0.98", ["rosenbrock", "quadratic"]),
    ("rprop:schedule=linear,start_factor=0.5,total_iters=10", ["rosenbrock", "quadratic"]),
    ("radam:lr=0.002,warmup=10,schedule=multistep,milestones=50-100", ["rosenbrock", "quadratic"]),
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
    if "eta_minus" in kwargs or "eta_plus" in kwargs:
        kwargs["etas"] = (kwargs.pop("eta_minus", 0.5), kwargs.pop("eta_plus", 1.2))
    if "step_size_min" in kwargs or "step_size_max" in kwargs:
        kwargs["step_sizes"] = (kwargs.pop("step_size_min", 1e-6), kwargs.pop("step_size_max", 50))
    if name == "sgd":
        kwargs.setdefault("lr", 1e-3)
    optimizer = RULES[name]([param], foreach=False, **kwargs)
    schedule = args.get("schedule", "constant")
    gamma = float(args.get("gamma", 1.0 if schedule == "cyclic" else 0.1))
    lr = torch.optim.lr_scheduler
    torch_keys = {"cycle_momentum": "cycle_momentum", "base_momentum": "base_momentum",
                  "max_momentum": "max_momentum"}
    momentum = {torch_keys[k]: value(v) for k, v in args.items() if k in torch_keys}
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
    elif schedule == "multistep":
        inner = lr.MultiStepLR(optimizer, milestones=[int(m) for m in args["milestones"].split("-")], gamma=gamma)
    elif schedule == "linear":
        inner = lr.LinearLR(optimizer, start_factor=float(args.get("start_factor", 1 / 3)),
                            end_factor=float(args.get("end_factor", 1.0)), total_iters=int(args.get("total_iters", 5)))
    elif schedule == "onecycle":
        inner = lr.OneCycleLR(optimizer, max_lr=float(args["max_lr"]), total_steps=int(args["total_steps"]),
                              pct_start=float(args.get("pct_start", 0.3)),
                              anneal_strategy=args.get("anneal_strategy", "cos"),
                              div_factor=float(args.get("div_factor", 25)),
                              final_div_factor=float(args.get("final_div_factor", 1e4)),
                              three_phase=value(args.get("three_phase", "false")), **momentum)
    elif schedule == "cyclic":
        down = args.get("step_size_down")
        inner = lr.CyclicLR(optimizer, base_lr=float(args.get("base_lr", optimizer.defaults["lr"])),
                            max_lr=float(args["max_lr"]), step_size_up=int(args.get("step_size_up", 2000)),
                            step_size_down=None if down is None else int(down), mode=args.get("mode", "triangular"),
                            gamma=gamma, **momentum)
    elif schedule == "cosine_restarts":
        inner = lr.CosineAnnealingWarmRestarts(optimizer, T_0=int(args["t_0"]), T_mult=int(args.get("t_mult", 1)),
                                               eta_min=float(args.get("eta_min", 0)))
    elif schedule == "plateau":
        inner = lr.ReduceLROnPlateau(optimizer, mode=args.get("mode", "min"), factor=float(args.get("factor", 0.1)),
                                     patience=int(args.get("patience", 10)),
                                     threshold=float(args.get("threshold", 1e-4)),
                                     threshold_mode=args.get("threshold_mode", "rel"),
                                     cooldown=int(args.get("cooldown", 0)), min_lr=float(args.get("min_lr", 0)),
                                     eps=float(args.get("plateau_eps", 1e-8)))
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


def cycled_momentum(spec, optimizer):
    """The momentum or beta1 a cycling scheduler set for the next step, or "" when none cycles."""
    _, args = parse(spec)
    if args.get("schedule") not in ("onecycle", "cyclic") or not value(args.get("cycle_momentum", "true")):
        return ""
    group = optimizer.param_groups[0]
    return repr(group["betas"][0] if "betas" in group else group["momentum"])


def run(spec, problem):
    fg, x0 = PROBLEMS[problem]
    param = torch.tensor(x0)
    optimizer, scheduler, args = build(spec, param)
    rows = [(0, "", "", list(x0), None)]
    reductions = 0
    for k in range(1, ITERATIONS + 1):
        loss, g = fg(param.tolist())
        param.grad = torch.tensor(g)
        if "clip_value" in args:
            torch.nn.utils.clip_grad_value_([param], float(args["clip_value"]))
        if "clip_norm" in args:
            torch.nn.utils.clip_grad_norm_([param], float(args["clip_norm"]))
        rate = optimizer.param_groups[0]["lr"]
        momentum = cycled_momentum(spec, optimizer)
        optimizer.step()
        if isinstance(scheduler, torch.optim.lr_scheduler.ReduceLROnPlateau):
            scheduler.step(loss)
            reductions += optimizer.param_groups[0]["lr"] != rate
        elif scheduler is not None and k < ITERATIONS:
            # (after the last step no rate is needed: OneCycleLR would raise there with total_steps = 149)
            scheduler.step()
        x = param.tolist()
        if not all(math.isfinite(v) and abs(v) < 1e6 for v in x):
            raise SystemExit("%s on %s left the region at k=%d: %s" % (spec, problem, k, x))
        state = optimizer.state[param]
        rows.append((k, repr(rate), momentum, x, state["ax"].tolist() if "ax" in state else None))
    if args.get("schedule") == "plateau" and reductions < 2:
        raise SystemExit("%s on %s: the plateau scheduler reduced the rate %d times; pick a case that shows"
                         " patience and cooldown" % (spec, problem, reductions))
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
            d = len(rows[0][3])
            averaged = rows[-1][4] is not None
            with open(os.path.join(OUT, name + ".csv"), "w") as out:
                header = ["k", "lr", "momentum"] + ["x%d" % i for i in range(d)]
                if averaged:
                    header += ["ax%d" % i for i in range(d)]
                out.write(",".join(header) + "\n")
                for k, rate, momentum, x, ax in rows:
                    cells = [str(k), rate, momentum] + [repr(v) for v in x]
                    if averaged:
                        cells += [""] * d if ax is None else [repr(v) for v in ax]
                    out.write(",".join(cells) + "\n")
            reference = "torch-1.13-nadam" if spec.startswith("nadam") else "torch"
            # the spec holds commas: it is the last column and is read as the rest of the line
            index.append("%s,%s,%s,%d,%s" % (name, problem, reference, ITERATIONS, spec))
    with open(os.path.join(OUT, "cases.csv"), "w") as out:
        out.write("\n".join(index) + "\n")
    print("wrote %d cases (torch %s) to %s" % (len(index) - 1, torch.__version__, os.path.normpath(OUT)))


if __name__ == "__main__":
    main()
