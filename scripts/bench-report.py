#!/usr/bin/env python3
"""Turns a GPU session's results into the Markdown tables docs/PERFORMANCE.md records.

    scripts/bench-report.py [--summary] RESULTS_DIR   # the folder `scripts/gpu-session.sh run` filled ($OUT)

Reads bench_f16.json (the issue's configuration) and every `bench` JSON inside logs.tar.gz (or
logs/), and prints: the per-stage table of the issue's run, one row per benchmark variant, and
issue 9's targets with each figure's distance from its target and from its floor; with
--summary, one line of the main figures per run instead (gpu-session.sh's summary). Standard
library only: it runs on the dev machine and on the GPU machine alike.
"""
import json
import os
import sys
import tarfile

TARGETS = {  # issue 9, one H100-class GPU, float16, 6 s reference, ~8 s output
    "ar_decode_tokens_per_s": (">=", 1500.0, "AR decode tok/s"),
    "nar_total_ms": ("<=", 150.0, "NAR 200 guided steps, ms"),
    "rtf": ("<=", 0.03, "end-to-end RTF"),
    "peak_device_mib": ("<=", 4096.0, "peak GPU memory, MiB"),
}


def json_in(text):
    """The JSON `bench --json` printed last: from the last line that starts with "{" (warnings
    before it, on stderr, may hold braces of their own: libtorch's backtraces)."""
    if text.startswith("{"):
        start = 0
    else:
        line = text.rfind("\n{")
        if line < 0:
            return None
        start = line + 1
    end = text.rfind("}")
    if end < start:
        return None
    try:
        return json.loads(text[start:end + 1])
    except ValueError:
        return None


def load_runs(folder):
    """(name, figures) of every bench JSON: bench_f16.json first, then the logs' variants."""
    runs = []
    main = os.path.join(folder, "bench_f16.json")
    if os.path.exists(main):
        runs.append(("bench_f16", json.load(open(main))))
    texts = {}
    pack = os.path.join(folder, "logs.tar.gz")
    if os.path.exists(pack):
        with tarfile.open(pack) as tar:
            for m in tar.getmembers():
                name = os.path.basename(m.name)
                if m.isfile() and name.startswith("bench_") and name.endswith(".txt"):
                    texts[name[:-4]] = tar.extractfile(m).read().decode("utf-8", "replace")
    logs = os.path.join(folder, "logs")
    if os.path.isdir(logs):
        for name in os.listdir(logs):
            if name.startswith("bench_") and name.endswith(".txt"):
                texts[name[:-4]] = open(os.path.join(logs, name), encoding="utf-8", errors="replace").read()
    for name in sorted(texts):
        j = json_in(texts[name])
        if j and "rtf" in j and name != "bench_f16":
            runs.append((name, j))
    return runs


def num(v, fmt):
    return "n/a" if v is None else format(v, fmt)


def print_summary(runs):
    for name, j in runs:
        peak = j.get("peak_device_mib")
        print(f"{name:34s} {j['dtype']:9s} "
              f"graphs AR {j.get('ar_cuda_graphs_captured', 0)} NAR {j.get('nar_cuda_graphs_captured', 0)}  "
              f"AR {j['ar_decode_tokens_per_s']:8.1f} tok/s (ceiling {j.get('ar_decode_ceiling_tokens_per_s') or 0:.0f})  "
              f"NAR {j['nar_total_ms']:8.1f} ms (floor {j.get('nar_floor_ms') or 0:.0f}; "
              f"forward {j.get('nar_forward_ms') or 0:.0f} + diffusion {j.get('nar_diffusion_ms') or 0:.0f}, "
              f"{j.get('nar_diffusion_route', '?')} route)  RTF {j['rtf']:.4f} (floor {j.get('rtf_floor') or 0:.4f})  "
              f"peak {'n/a' if peak is None else f'{peak:.0f} MiB'}")


def main():
    args = sys.argv[1:]
    summary = args[:1] == ["--summary"]
    if summary:
        args = args[1:]
    if len(args) != 1:
        sys.exit(__doc__.strip().splitlines()[2].strip())
    runs = load_runs(args[0])
    if not runs:
        sys.exit(f"bench-report: no bench results in {args[0]}")
    if summary:
        print_summary(runs)
        return
    name, j = runs[0]
    print(f"### {j['device']}, {j['dtype']}, {j['clone']} clone: {j['ref_seconds']} s reference, "
          f"{j['text_chars']} characters ({j['prompt_tokens']} prompt tokens), {j['ar_tokens']} AR tokens, "
          f"{j['output_frames']} frames ({j['output_seconds']:.2f} s), {j['nar_steps']} NAR steps "
          f"({j['nar_sampler']}, {j['nar_diffusion_route']} route); median of {j['runs']} after {j['warmup']} ({name})\n")
    print("| stage | median |\n|---|---|")
    rows = [("reference encode", num(j["reference_encode_ms"], ",.1f") + " ms"),
            ("AR prefill", num(j["ar_prefill_ms"], ",.1f") + " ms"),
            ("AR decode", f"{j['ar_decode_tokens_per_s']:,.1f} tok/s ({j['ar_cuda_graphs_captured']} CUDA graphs, "
                          f"{j['ar_read_backs']} read-backs)"),
            ("AR total", num(j["ar_total_ms"], ",.1f") + " ms"),
            ("NAR", f"{j['nar_total_ms']:,.1f} ms, {j['nar_passes_per_s']:,.1f} passes/s "
                    f"({j['nar_cuda_graphs_captured']} CUDA graphs)"),
            ("NAR forward / diffusion", f"{num(j.get('nar_forward_ms'), ',.1f')} / {num(j.get('nar_diffusion_ms'), ',.1f')} ms"),
            ("vocoder", num(j["vocoder_ms"], ",.1f") + " ms"),
            ("end to end", f"{j['total_ms']:,.1f} ms, RTF {j['rtf']:.4f}"),
            ("peak device memory", num(j.get("peak_device_mib"), ",.0f") + (" MiB" if j.get("peak_device_mib") is not None else "")),
            ("peak host RSS", num(j["peak_host_rss_mib"], ",.0f") + " MiB"),
            ("measured rates", f"copy {j['measured_copy_gb_per_s']:,.0f} GB/s, matmul "
                               f"{j['measured_matmul_gflop_per_s'] / 1000:,.0f} TFLOP/s")]
    for stage, value in rows:
        print(f"| {stage} | {value} |")

    print("\n| run | dtype | AR tok/s (% of ceiling) | NAR ms (x floor) | RTF (floor) | peak MiB |\n|---|---|---|---|---|---|")
    for name, r in runs:
        ceiling, floor = r.get("ar_decode_ceiling_tokens_per_s") or 0, r.get("nar_floor_ms") or 0
        ar = f"{r['ar_decode_tokens_per_s']:,.0f}" + (f" ({100 * r['ar_decode_tokens_per_s'] / ceiling:.0f} %)" if ceiling else "")
        nar = f"{r['nar_total_ms']:,.0f}" + (f" ({r['nar_total_ms'] / floor:.1f}x)" if floor else "")
        print(f"| {name} | {r['dtype']} | {ar} | {nar} | {r['rtf']:.4f} ({num(r.get('rtf_floor'), '.4f')}) | "
              f"{num(r.get('peak_device_mib'), ',.0f')} |")

    print("\n| target | measured | verdict | its floor or ceiling here |\n|---|---|---|---|")
    bound = {"ar_decode_tokens_per_s": ("ceiling", j.get("ar_decode_ceiling_tokens_per_s"), ",.0f"),
             "nar_total_ms": ("floor", j.get("nar_floor_ms"), ",.0f"),
             "rtf": ("floor", j.get("rtf_floor"), ".4f"),
             "peak_device_mib": ("", None, "")}
    for key, (op, target, label) in TARGETS.items():
        v = j.get(key)
        if v is None:
            print(f"| {label} {op} {target:g} | n/a | unmeasured | |")
            continue
        met = v >= target if op == ">=" else v <= target
        if met:
            verdict = "met"
        else:
            ratio = v / target if op == "<=" else (target / v if v > 0 else float("inf"))
            verdict = f"not met ({ratio:.2f}x off)"
        kind, value, fmt = bound[key]
        where = f"{kind} {format(value, fmt)}" if value else ""
        print(f"| {label} {op} {target:g} | {format(v, ',.4g')} | {verdict} | {where} |")


if __name__ == "__main__":
    main()
