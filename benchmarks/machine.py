"""What a benchmark figure was measured on: the Python build, the processor, the load, and a pure-Python
reference loop that runs none of the project's code.

Absolute rates (words/s, articles/s) move with the machine: the same code read 97k English words/s of CPU on the
machine of sessions 11-19 and 33-48k on session 20-21's (a 2.45 GHz EPYC vCPU shared by eight jobs, Python built
without PGO/LTO as a shared library). The reference loop moves with the machine in the same way, so a rate times the
loop's time per step is a figure that can be compared across machines (roughly: it does not see a machine whose regex
engine or memory is faster out of proportion to its interpreter).

    python benchmarks/machine.py    # prints the description and the reference loop
"""
from __future__ import annotations

import os
import platform
import sys
import sysconfig
import time

# pyperformance's nbody (the Computer Language Benchmarks Game's program): five bodies, float arithmetic on lists,
# tuple unpacking in loops, no library calls. Published for reference: CPython 3.11 on an Apple M1 Pro takes ~3.2 us a
# step (10 M steps in 31.9 s); this is the same `advance`.
_PI = 3.14159265358979323
_SOLAR_MASS = 4 * _PI * _PI
_DAYS = 365.24


def _bodies() -> list[tuple[list[float], list[float], float]]:
    return [
        ([0.0, 0.0, 0.0], [0.0, 0.0, 0.0], _SOLAR_MASS),
        ([4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01],
         [1.66007664274403694e-03 * _DAYS, 7.69901118419740425e-03 * _DAYS, -6.90460016972063023e-05 * _DAYS],
         9.54791938424326609e-04 * _SOLAR_MASS),
        ([8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01],
         [-2.76742510726862411e-03 * _DAYS, 4.99852801234917238e-03 * _DAYS, 2.30417297573763929e-05 * _DAYS],
         2.85885980666130812e-04 * _SOLAR_MASS),
        ([1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01],
         [2.96460137564761618e-03 * _DAYS, 2.37847173959480950e-03 * _DAYS, -2.96589568540237556e-05 * _DAYS],
         4.36624404335156298e-05 * _SOLAR_MASS),
        ([1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01],
         [2.68067772490389322e-03 * _DAYS, 1.62824170038242295e-03 * _DAYS, -9.51592254519715870e-05 * _DAYS],
         5.15138902046611451e-05 * _SOLAR_MASS),
    ]


def _advance(dt: float, steps: int, bodies: list[tuple[list[float], list[float], float]]) -> None:
    pairs = [(bodies[i], b) for i in range(len(bodies) - 1) for b in bodies[i + 1:]]
    for _ in range(steps):
        for (([x1, y1, z1], v1, m1), ([x2, y2, z2], v2, m2)) in pairs:
            dx = x1 - x2
            dy = y1 - y2
            dz = z1 - z2
            mag = dt * ((dx * dx + dy * dy + dz * dz) ** (-1.5))
            b1m = m1 * mag
            b2m = m2 * mag
            v1[0] -= dx * b2m
            v1[1] -= dy * b2m
            v1[2] -= dz * b2m
            v2[0] += dx * b1m
            v2[1] += dy * b1m
            v2[2] += dz * b1m
        for (r, [vx, vy, vz], _m) in bodies:
            r[0] += dt * vx
            r[1] += dt * vy
            r[2] += dt * vz


def reference_us(steps: int = 10_000, repeats: int = 5) -> float:
    """CPU microseconds a step of the reference loop takes, the best of `repeats` runs of `steps` steps."""
    best = float("inf")
    for _ in range(repeats):
        bodies = _bodies()
        start = time.process_time()
        _advance(0.01, steps, bodies)
        best = min(best, time.process_time() - start)
    return best / steps * 1e6


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            info = fh.read()
    except OSError:
        return platform.processor() or platform.machine()
    fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    model = fields.get("model name\t", "").strip() or platform.machine()
    mhz = fields.get("cpu MHz\t\t", "").strip()
    return f"{model} {float(mhz):.0f} MHz" if mhz else model


def _libpython_loaded() -> bool:
    """Whether this process runs the interpreter from a shared libpython (Linux: its memory map says; elsewhere the
    build's Py_ENABLE_SHARED, which is also 1 for Debian's statically linked /usr/bin/python3.x)."""
    try:
        with open("/proc/self/maps", encoding="utf-8") as fh:
            return "/libpython" in fh.read()
    except OSError:
        return bool(sysconfig.get_config_var("Py_ENABLE_SHARED"))


def python_build() -> str:
    """The interpreter and how it was built: PGO/LTO (--enable-optimizations, --with-lto) and a shared libpython
    (--enable-shared, without PGO: calls inside the interpreter go through the PLT) each change its speed by 10-30%.
    Distributions' builds may be optimised without saying so in CONFIG_ARGS (Debian's python3.11 is)."""
    args = sysconfig.get_config_var("CONFIG_ARGS") or ""
    flags = [name for name, opt in (("PGO", "--enable-optimizations"), ("LTO", "--with-lto")) if opt in args]
    shared = _libpython_loaded()
    built = ("+".join(flags) if flags else "no --enable-optimizations/--with-lto in CONFIG_ARGS") + \
        (", shared libpython" if shared else ", static libpython")
    return f"Python {platform.python_version()} ({sys.executable}; {built})"


def describe() -> str:
    load = f", load {os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else ""
    return f"{python_build()}; {_cpu_model()}, {os.cpu_count()} CPUs{load}"


if __name__ == "__main__":
    print(f"machine: {describe()}")
    print(f"reference loop (nbody, no project code): {reference_us():.2f} us a step of CPU")
