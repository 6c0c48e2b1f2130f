#!/usr/bin/env python3
"""Runs a command with its output in a log file and prints "<wall seconds> <cpu seconds>".

CPU is user + system time of the command and every process it waited for (MSBuild nodes, the compiler). On a shared
machine it moves less than wall time when other work competes for the cores, so run.sh reports both.

    timed.py LOG COMMAND [ARGUMENT...]        exit code: the command's
"""
import resource
import subprocess
import sys
import time


def main() -> int:
    log, command = sys.argv[1], sys.argv[2:]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    with open(log, "wb") as output:
        code = subprocess.call(command, stdout=output, stderr=subprocess.STDOUT)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    print(f"{wall:.2f} {cpu:.2f}")
    return code


if __name__ == "__main__":
    sys.exit(main())
