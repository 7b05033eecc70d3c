"""Child of the package-limit tests: ``workbench package import`` run in a fresh process,
then its peak memory (VmHWM and ru_maxrss, in MB) and the time the command took, printed
as one JSON line on stdout (the command itself writes its one line to stderr). VmHWM is
the one to trust: Linux carries ru_maxrss over from the forking parent across exec.

Usage: ``python refuse_package.py DB PACKAGE``.
"""

from __future__ import annotations

import json
import resource
import sys
import time

from workbench.cli import main


def vm_hwm_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


if __name__ == "__main__":
    db, package = sys.argv[1], sys.argv[2]
    began = time.perf_counter()
    code = main(["package", "import", package, "--db", db])
    seconds = time.perf_counter() - began
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps({"code": code, "seconds": seconds, "vm_hwm_mb": vm_hwm_mb(), "maxrss_mb": rss})
    )
