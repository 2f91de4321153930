"""Names the code behind a long callback: the line its frame samples saw most or, when the watchdog
never sampled it (a C call holding the GIL), the repository coroutine the callback stepped."""


def running_python(samples):
    """Whether every `watchdog.FrameSample` caught the thread between two bytecodes (and none is empty)."""
    return bool(samples) and all(s.bytecode for s in samples)


def attribute_stall(samples, name_callback):
    """The site of a long callback from its samples: the one on the line they saw most (the first
    of those lines to be seen, on a tie). Without samples, what `name_callback()` names (see
    `callback_site`), None should it raise. None when samples were taken but none was in the
    repository."""
    found = [s.site for s in samples if s.site is not None]
    if found:
        counts = {}
        for site in found:
            key = (site["file"], site["line"])
            counts[key] = counts.get(key, 0) + 1
        best = max(counts, key=lambda key: counts[key])
        return dict(next(site for site in found if (site["file"], site["line"]) == best))
    if not samples:
        try:
            return name_callback()
        except Exception:
            return None
    return None


def attribute_span(samples):
    """The site of a stall of many callbacks: the place its samples saw most, a repository line
    (a tie goes to the repository) or, outside it, a module. Returns (site, None) with the site's
    `share` of the samples and `callbacks`, how many distinct callbacks those samples fell in;
    (None, module) when the place is outside the repository; (None, None) without samples."""
    groups = {}
    for sample in samples:
        key = (sample.site["file"], sample.site["line"]) if sample.site is not None else ("", sample.module or "")
        group = groups.get(key)
        if group is None:
            group = groups[key] = [0, sample, set()]
        group[0] += 1
        if sample.callback:
            group[2].add(sample.callback)
    if not groups:
        return None, None
    key = max(groups, key=lambda k: (groups[k][0], k[0] != ""))
    count, first, callbacks = groups[key]
    if first.site is None:
        return None, key[1] or None
    site = dict(first.site)
    site["share"] = round(count / len(samples), 3)
    if callbacks:
        site["callbacks"] = len(callbacks)
    return site, None


def top_module(samples):
    """The module most samples outside the repository were in, or None."""
    counts = {}
    for sample in samples:
        if sample.site is None and sample.module:
            counts[sample.module] = counts.get(sample.module, 0) + 1
    return max(counts, key=lambda m: counts[m]) if counts else None


def callback_site(frames, handle):
    """No sample: name the innermost repository coroutine the callback stepped, at the line it
    suspended on next (the await after the blocking call), or a plain callback's function."""
    callback = getattr(handle, "_callback", None)
    owner = getattr(callback, "__self__", None)
    get_coro = getattr(owner, "get_coro", None)
    coro = get_coro() if get_coro is not None else None
    found = None
    depth = 0
    while coro is not None and depth < 64:
        code = getattr(coro, "cr_code", None) or getattr(coro, "gi_code", None)
        if code is not None and frames.in_repo(code.co_filename):
            found = coro
        coro = getattr(coro, "cr_await", None) or getattr(coro, "gi_yieldfrom", None)
        depth += 1
    if found is not None:
        code = getattr(found, "cr_code", None) or found.gi_code
        frame = getattr(found, "cr_frame", None) or getattr(found, "gi_frame", None)
        line = frame.f_lineno if frame is not None else code.co_firstlineno
    else:
        code = getattr(callback, "__code__", None)
        if code is None or not frames.in_repo(code.co_filename):
            return None
        line = code.co_firstlineno
    return frames.site(code, line, "callback")
