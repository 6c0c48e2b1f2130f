#!/usr/bin/env python3
"""The package's share of the compiler's running time, from a sampled trace of one compiler run (see ../README.md).

    dotnet-trace collect --profile dotnet-sampled-thread-time --format Speedscope -o csc.nettrace -- CSC @with.rsp
    benchmarks/build-overhead/package-share.py csc.speedscope.json [--top 15]

Whole-build timings on a shared machine spread by more than the package costs; a ratio inside one process does not.
Each sample of a running thread counts once: samples of threads that wait (blocked, spinning, parked for a collection)
are left out, so the denominator is the compiler's working time. A sample counts for PiiAnalyzers when any frame of its
stack is in PiiAnalyzers.dll: what the package's callbacks do, including the symbols and operations they ask the
compiler for (an upper bound: other analyzers would ask for most of those operations too). Prints the share and the
package's entry points (outermost PiiAnalyzers frames) by time.
"""
import argparse
import collections
import json

# Leaf frames (the frame under the CPU_TIME marker, or the marker itself) of samples in which a thread is not working.
WAITING = ("UNMANAGED_CODE_TIME", "PollGC", "Enter_Slowpath", "SpinWait", "SpinWaiter", "WaitNative", "WaitForSignal",
           "GetHashCodeWorker", "Sleep")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("speedscope")
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()

    with open(args.speedscope, encoding="utf-8") as file:
        trace = json.load(file)
    frames = [frame["name"] for frame in trace["shared"]["frames"]]
    is_package = [name.startswith("PiiAnalyzers!") for name in frames]

    working = package = 0.0
    entry_points = collections.Counter()
    for profile in trace["profiles"]:
        stack, last, package_depth = [], None, 0
        for event in profile["events"]:
            now = event["at"]
            if last is not None and stack:
                leaf = frames[stack[-2]] if len(stack) > 1 and frames[stack[-1]] == "CPU_TIME" else frames[stack[-1]]
                if not any(marker in leaf for marker in WAITING):
                    working += now - last
                    if package_depth:
                        package += now - last
                        entry_points[frames[next(frame for frame in stack if is_package[frame])]] += now - last
            last = now
            if event["type"] == "O":
                stack.append(event["frame"])
                package_depth += is_package[event["frame"]]
            else:
                package_depth -= is_package[stack.pop()]

    print(f"working samples {working / 1000:.2f} s, PiiAnalyzers {package / 1000:.2f} s: {100 * package / working:.2f}%")
    for name, time in entry_points.most_common(args.top):
        print(f"{time / 1000:8.3f} s  {name.split('!', 1)[1].split('(', 1)[0]}")


if __name__ == "__main__":
    main()
