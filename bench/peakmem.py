#!/usr/bin/env python3
"""Run a command; report its wall time and the peak memory of its whole process tree.

    python3 bench/peakmem.py [--json FILE] [--interval SECONDS] [--] CMD [ARG...]

Every 50 ms (by default) the RSS of the command and of all its descendants (ffmpeg children,
MoviePy's ffmpeg writer, ...) is read from /proc/PID/status (VmRSS) and summed; the highest sum
seen is the peak. Summing RSS counts pages shared between processes (libraries) once per
process, so the figure errs on the high side, which is the safe side for a memory budget.

The command runs in its own session; a process counts as part of the tree when its parent chain
leads to the command, or when it is in the command's session (that also catches children that
were re-parented after their parent exited).

Prints one line on stderr:

    peakmem: wall 12.34 s  peak 456.7 MB (3 processes)  cpu 20.1 s  others 0.02 cores  (max single process 300.2 MB)  exit 0

"cpu" is the CPU time of the command's tree; "others" is the CPU the rest of the machine used
during the run, in cores (from /proc/stat): well above 0 means the timing was disturbed.

With --json FILE the same figures are written to FILE as a JSON object. The exit status is the
command's (128+N when it was killed by signal N).
"""

import json
import os
import resource
import signal
import subprocess
import sys
import time


def usage(msg: str) -> "None":
    sys.stderr.write(f"peakmem: {msg}\nusage: peakmem.py [--json FILE] [--interval S] [--] CMD [ARG...]\n")
    sys.exit(2)


def parse_args(argv):
    json_path = None
    interval = 0.05
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--":
            i += 1
            break
        if a == "--json":
            if i + 1 >= len(argv):
                usage("--json needs a file")
            json_path = argv[i + 1]
            i += 2
        elif a == "--interval":
            if i + 1 >= len(argv):
                usage("--interval needs seconds")
            interval = float(argv[i + 1])
            i += 2
        elif a in ("-h", "--help"):
            sys.stdout.write(__doc__)
            sys.exit(0)
        elif a.startswith("--"):
            usage(f"unknown option {a}")
        else:
            break
    cmd = argv[i:]
    if not cmd:
        usage("no command given")
    return json_path, interval, cmd


def read_stat(pid: str):
    """(ppid, session id) of a process, or None when it is gone."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            data = f.read()
    except OSError:
        return None
    # The command name (field 2) is in parentheses and may contain spaces or ')'.
    rest = data[data.rfind(b")") + 2:].split()
    # rest[0] state, rest[1] ppid, rest[2] pgrp, rest[3] session
    try:
        return int(rest[1]), int(rest[3])
    except (IndexError, ValueError):
        return None


def busy_cpu_seconds() -> float:
    """CPU time all processes on the machine have used since boot (from /proc/stat)."""
    try:
        with open("/proc/stat") as f:
            fields = f.readline().split()[1:]
        # user nice system idle iowait irq softirq steal ...; busy = all but idle and iowait
        v = [int(x) for x in fields[:8]]
        busy = v[0] + v[1] + v[2] + v[5] + v[6] + v[7]
        return busy / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


def read_rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", "rb") as f:
            for line in f:
                if line.startswith(b"VmRSS:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0  # gone, or a zombie (zombies have no VmRSS line)


def tree_pids(root: int):
    """The root and every process descending from it or sharing its session."""
    parent = {}
    members = {root}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        st = read_stat(name)
        if st is None:
            continue
        pid = int(name)
        ppid, sid = st
        parent[pid] = ppid
        if sid == root:
            members.add(pid)
    # Add descendants through the parent links (processes that left the session with setsid).
    changed = True
    while changed:
        changed = False
        for pid, ppid in parent.items():
            if ppid in members and pid not in members:
                members.add(pid)
                changed = True
    return members


def main():
    json_path, interval, cmd = parse_args(sys.argv[1:])

    busy_start = busy_cpu_seconds()
    start = time.monotonic()
    try:
        proc = subprocess.Popen(cmd, start_new_session=True)
    except OSError as e:
        sys.stderr.write(f"peakmem: cannot run {cmd[0]}: {e}\n")
        sys.exit(127)

    # The command has its own session, so Ctrl-C at the terminal does not reach it: forward it.
    def forward(signum, _frame):
        try:
            os.killpg(proc.pid, signum)
        except OSError:
            pass

    for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(s, forward)

    peak_kb = 0
    peak_procs = 0
    samples = 0
    while True:
        rc = proc.poll()
        if rc is not None:
            break
        members = tree_pids(proc.pid)
        total = sum(read_rss_kb(p) for p in members)
        samples += 1
        if total > peak_kb:
            peak_kb = total
            peak_procs = len(members)
        # Sleep the rest of the interval, waking early when the command ends.
        deadline = start + samples * interval
        delay = deadline - time.monotonic()
        if delay > 0:
            try:
                proc.wait(timeout=delay)
            except subprocess.TimeoutExpired:
                pass
    wall = time.monotonic() - start
    busy = busy_cpu_seconds() - busy_start

    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = ru.ru_utime + ru.ru_stime
    max_single_mb = ru.ru_maxrss / 1024.0  # KiB on Linux; largest single waited-for process
    # The kernel's high-water mark of the largest single process is a hard lower bound of the
    # tree's peak; it catches a spike that fell between two samples.
    peak_mb = max(peak_kb / 1024.0, max_single_mb)
    exit_code = rc if rc >= 0 else 128 - rc
    # CPU the rest of the machine used meanwhile (this sampler included), in cores: a measure of
    # how much other work competed with the command. 0 on a quiet machine.
    others = max(0.0, busy - cpu) / wall if wall > 0 else 0.0

    result = {
        "command": cmd,
        "wall_s": round(wall, 3),
        "peak_mb": round(peak_mb, 1),
        "peak_processes": peak_procs,
        "max_single_process_mb": round(max_single_mb, 1),
        "cpu_s": round(cpu, 2),
        "others_cores": round(others, 2),
        "samples": samples,
        "interval_s": interval,
        "exit": exit_code,
    }
    sys.stderr.write(
        f"peakmem: wall {wall:.2f} s  peak {peak_mb:.1f} MB ({peak_procs} processes)  cpu {cpu:.1f} s  others {others:.2f} cores"
        f"  (max single process {max_single_mb:.1f} MB)  exit {exit_code}\n"
    )
    if json_path:
        with open(json_path, "w") as f:
            json.dump(result, f, indent=2)
            f.write("\n")
    sys.exit(exit_code)


if __name__ == "__main__":
    main()
