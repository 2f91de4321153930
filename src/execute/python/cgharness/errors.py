"""Failed operations grouped by what they raised: the same rules as the Node runner's error-kinds.ts
(test/fixtures/error-kinds.json pins both to the same strings), and the repository line that raised."""
import linecache
import os
import re

from .blocking.frames import RepoFrames, in_harness

MAX_ERROR_KINDS = 20
OTHER_KIND = "(other kinds)"
OTHER_MESSAGE = "more than %d kinds of error; the rest are counted here" % MAX_ERROR_KINDS
MAX_KIND_CHARS = 200
MAX_MESSAGE_CHARS = 500
MAX_STACK_FRAMES = 8
MAX_FRAME_CHARS = 200
# Messages whose kind is remembered, so a repeated message is normalized once.
SEEN_MESSAGES = 256

_RULES = [
    (re.compile(r'"[^"\n]*"', re.ASCII), '"*"'),
    (re.compile(r"(?<!\w)'[^'\n]*'(?!\w)", re.ASCII), "'*'"),
    (re.compile(r"`[^`\n]*`", re.ASCII), "`*`"),
    (re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b", re.ASCII | re.IGNORECASE), "<id>"),
    (re.compile(r"\b0x[0-9a-f]+\b", re.ASCII | re.IGNORECASE), "<id>"),
    (re.compile(r"\b(?=[0-9]*[a-f])(?=[a-f]*\d)[0-9a-f]{8,}\b", re.ASCII | re.IGNORECASE), "<id>"),
    (re.compile(r"\d+(?:[.,]\d+)*", re.ASCII), "#"),
    (re.compile(r"\s+"), " "),
]


def normalize_message(message):
    """The kind of an error message: numbers, ids and quoted values folded."""
    kind = message
    for pattern, replacement in _RULES:
        kind = pattern.sub(replacement, kind)
    return clip(kind.strip(), MAX_KIND_CHARS) or "(empty message)"


def clip(text, limit):
    return text[: limit - 3] + "..." if len(text) > limit else text


def raw_frames(error):
    """The traceback as (file, line, column or None, function), outermost first; cheap, reads no file."""
    frames = []
    tb = error.__traceback__
    while tb is not None:
        code = tb.tb_frame.f_code
        column = None
        positions = getattr(code, "co_positions", None)
        if positions is not None and tb.tb_lasti >= 0:
            try:
                start = list(positions())[tb.tb_lasti // 2][2]
                column = start + 1 if start is not None else None
            except (IndexError, TypeError):
                column = None
        frames.append((code.co_filename, tb.tb_lineno, column, getattr(code, "co_qualname", code.co_name)))
        tb = tb.tb_next
    return frames


class ErrorTally:
    """Counts one loop's (or thread's) failed operations by kind; keeps each kind's first traceback."""

    def __init__(self, describe):
        self.describe = describe
        self.kinds = {}
        self.seen = {}
        self.other = 0

    def add(self, error):
        try:
            message = self.describe(error)
        except Exception:  # an exception whose __str__ raises
            message = type(error).__name__
        kind = self.seen.get(message)
        if kind is None:
            kind = normalize_message(message)
            if len(self.seen) < SEEN_MESSAGES:
                self.seen[message] = kind
        entry = self.kinds.get(kind)
        if entry is not None:
            entry["count"] += 1
        elif len(self.kinds) < MAX_ERROR_KINDS:
            self.kinds[kind] = {"kind": kind, "message": clip(message, MAX_MESSAGE_CHARS), "count": 1, "frames": raw_frames(error)}
        else:
            self.other += 1

    def resolve(self, root):
        """The kinds with their first stack and the repository line that raised (after the window)."""
        repo = RepoFrames(root)
        out = [_resolved(entry, repo) for entry in self.kinds.values()]
        if self.other:
            out.append({"kind": OTHER_KIND, "message": OTHER_MESSAGE, "count": self.other})
        return out


def _resolved(entry, repo):
    kind = {"kind": entry["kind"], "message": entry["message"], "count": entry["count"]}
    frames = [f for f in entry["frames"] if not in_harness(f[0])]
    stack = []
    for filename, line, _column, function in reversed(frames[-MAX_STACK_FRAMES:]):
        stack.append(clip("%s (%s:%d)" % (function, _shown(filename, repo), line), MAX_FRAME_CHARS))
    if stack:
        kind["stack"] = stack
    innermost = next((f for f in reversed(frames) if repo.in_repo(f[0])), None)
    if innermost is not None:
        filename, line, column, function = innermost
        site = {"file": repo.relative(filename), "line": line, "function": function}
        if column is not None:
            site["column"] = column
        source = linecache.getline(filename, line).strip()
        if source:
            site["source"] = clip(source, 120)
        kind["site"] = site
    return kind


def _shown(filename, repo):
    """A repository file relative to the root; anything else by its last two path parts (no machine paths)."""
    if repo.in_repo(filename):
        return repo.relative(filename)
    parts = filename.replace(os.sep, "/").split("/")
    return "/".join(parts[-2:])


def merge_error_kinds(lists):
    """Kinds from a pool's members: counts summed by kind, the first message, stack and site kept."""
    by_kind = {}
    for kinds in lists:
        for k in kinds or []:
            entry = by_kind.get(k["kind"])
            if entry is not None:
                entry["count"] += k["count"]
            else:
                by_kind[k["kind"]] = dict(k)
    ranked = sorted(by_kind.values(), key=lambda k: (k["kind"] == OTHER_KIND, -k["count"], k["kind"]))
    kept = [k for k in ranked if k["kind"] != OTHER_KIND][:MAX_ERROR_KINDS]
    rest = ranked[len(kept):]
    if rest:
        kept.append({"kind": OTHER_KIND, "message": OTHER_MESSAGE, "count": sum(k["count"] for k in rest)})
    return kept
