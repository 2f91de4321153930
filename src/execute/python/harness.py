"""concurrency-guard's Python trial program: runs one trial of one Python scenario.

Usage: python harness.py SPEC.json OUT.json  (a trial: the runner starts it in a fresh process)
       python harness.py --member            (a member of the processes model, started by a trial)
       python harness.py --cost FILE ROOT NAME OPS|--calibrate MS OUT  (a CPU cost count, cgharness/cost.py)

Standard library only, Python >= 3.9. This file keeps to syntax every Python 3 parses, so an
interpreter that is too old still gets to print a message that says so.
"""
import os
import sys

# The harness ships inside the action's dist/: it must not leave __pycache__ folders there, nor in
# the user's repository when it imports their scenario.
sys.dont_write_bytecode = True

MINIMUM = (3, 9)


def _too_old():
    version = ".".join(str(part) for part in sys.version_info[:3])
    message = "concurrency-guard needs Python >= %d.%d for Python scenarios; %s is Python %s" % (
        MINIMUM[0],
        MINIMUM[1],
        sys.executable or "this interpreter",
        version,
    )
    sys.stderr.write(message + "\n")
    sys.exit(3)


if __name__ == "__main__":
    if sys.version_info < MINIMUM:
        _too_old()
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    if sys.argv[1:2] == ["--cost"]:
        from cgharness.cost import main as cost_main

        cost_main(sys.argv[2:])
    else:
        from cgharness.trial import main

        main(sys.argv[1:])
