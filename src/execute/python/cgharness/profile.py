"""Bytecode instructions executed per function while operations run: the Python side of the
per-function cost (`hotspots`). Deterministic, like the instruction count: the same code and
inputs execute the same bytecodes (string hashing is fixed by the driver's PYTHONHASHSEED).

Repository functions are named by file (relative to the root), qualified name and first line;
code elsewhere (the standard library, site-packages, asyncio between operations) is grouped by
its module. The harness's own frames are left out. Native code that Python calls (C extensions,
builtins) executes no bytecodes and is not in the profile.
"""
import os
import sys

_HARNESS_DIR = os.path.dirname(os.path.abspath(__file__))


class OpcodeCounter:
    def __init__(self, root):
        self._root = os.path.abspath(root)
        self._counts = {}

    def start(self):
        counts = self._counts

        def local(frame, event, arg):
            if event == "opcode":
                code = frame.f_code
                counts[code] = counts.get(code, 0) + 1
            return local

        def on_call(frame, event, arg):
            frame.f_trace_opcodes = True
            frame.f_trace_lines = False
            return local

        sys.settrace(on_call)

    def stop(self):
        sys.settrace(None)

    def rows(self):
        modules = _modules_by_file()
        grouped = {}
        for code, count in self._counts.items():
            row = self._row(code, modules)
            if row is None:
                continue
            key = (row["kind"], row.get("file"), row["name"], row.get("line"))
            if key in grouped:
                grouped[key]["count"] += count
            else:
                row["count"] = count
                grouped[key] = row
        return list(grouped.values())

    def _row(self, code, modules):
        filename = code.co_filename
        if filename.startswith("<frozen "):
            return {"kind": "module", "name": filename[8:-1]}
        absolute = os.path.abspath(filename)
        if absolute.startswith(_HARNESS_DIR + os.sep):
            return None
        rel = os.path.relpath(absolute, self._root)
        parts = rel.split(os.sep)
        inside = not rel.startswith("..") and not os.path.isabs(rel)
        if inside and "site-packages" not in parts and "dist-packages" not in parts:
            name = getattr(code, "co_qualname", code.co_name)
            return {"kind": "repo", "name": name, "file": "/".join(parts), "line": max(1, code.co_firstlineno)}
        return {"kind": "module", "name": modules.get(absolute) or os.path.splitext(os.path.basename(absolute))[0]}


def _modules_by_file():
    out = {}
    for name, module in list(sys.modules.items()):
        path = getattr(module, "__file__", None)
        if isinstance(path, str):
            out.setdefault(os.path.abspath(path), name)
    return out
