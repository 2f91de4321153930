"""Which code is the repository's (never this harness's, nor installed libraries'), a repository
line as a stall site, and the call a frame is making."""
import ast
import dis
import linecache
import os

from ..scenario import relative

# The folder holding harness.py and cgharness/.
HARNESS_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LIBRARY_MARKERS = (os.sep + "site-packages" + os.sep, os.sep + "dist-packages" + os.sep)


def in_harness(filename):
    return os.path.abspath(filename).startswith(HARNESS_DIR + os.sep)


class RepoFrames:
    """Frames and code objects against the repository root; what it learns of a file or a code
    object is cached, as the watchdog asks again at every sample."""

    def __init__(self, root):
        self.root = os.path.abspath(root)
        self.root_prefix = self.root.rstrip(os.sep) + os.sep
        self._repo_files = {}
        self._calls = {}
        self._trees = {}

    def in_repo(self, filename):
        known = self._repo_files.get(filename)
        if known is None:
            path = os.path.abspath(filename) if filename and not filename.startswith("<") else ""
            known = (
                bool(path)
                and path.startswith(self.root_prefix)
                and not path.startswith(HARNESS_DIR + os.sep)
                and not any(marker in path for marker in LIBRARY_MARKERS)
            )
            self._repo_files[filename] = known
        return known

    def relative(self, filename):
        """A file as reports show it: relative to the root, with forward slashes."""
        return relative(os.path.abspath(filename), self.root)

    def site(self, code, line, via):
        """A repository line as a stall site: file relative to the root, function, source text."""
        site = {
            "file": self.relative(code.co_filename),
            "line": line,
            "function": getattr(code, "co_qualname", code.co_name),
            "via": via,
        }
        source = linecache.getline(code.co_filename, line).strip()
        if source:
            site["source"] = source
        return site

    def at_call(self, frame):
        """Whether the frame's current instruction is a call (its callee runs, or it is in C)."""
        code = frame.f_code
        offsets = self._calls.get(code)
        if offsets is None:
            offsets = {i.offset for i in dis.get_instructions(code) if i.opname.startswith(("CALL", "PRECALL")) and not i.opname.startswith("CALL_INTRINSIC")}
            self._calls[code] = offsets
        return frame.f_lasti in offsets

    def called_name(self, frame):
        """The function a repository frame is calling into C code, e.g. `time.sleep`."""
        code = frame.f_code
        if not self.at_call(frame):
            return None
        column = None
        positions = getattr(code, "co_positions", None)
        if positions is not None:
            try:
                column = list(positions())[frame.f_lasti // 2][2]
            except (IndexError, TypeError):
                column = None
        tree = self._tree(code.co_filename)
        if tree is None:
            return None
        line = frame.f_lineno
        calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and n.lineno == line]
        if not calls:
            return None
        calls.sort(key=lambda n: n.col_offset)
        chosen = next((n for n in calls if column is not None and n.col_offset == column), calls[0])
        return _dotted(chosen.func)

    def _tree(self, filename):
        if filename not in self._trees:
            try:
                with open(filename, encoding="utf-8") as source:
                    self._trees[filename] = ast.parse(source.read(), filename)
            except (OSError, SyntaxError, ValueError):
                self._trees[filename] = None
        return self._trees[filename]


def _dotted(node):
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return ".".join(reversed(parts))
    return None
