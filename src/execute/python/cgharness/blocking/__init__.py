"""Loop stalls: which callback kept an asyncio loop from running others, and on which line.

Every callback a watched loop runs goes through `asyncio.events.Handle._run`, which is patched to
time it. A watchdog thread looks at the callbacks in progress every half threshold; while one has
run for half the threshold or more it samples that thread's frame (`sys._current_frames()`), and keeps the deepest frame
that lies in the user's repository. A callback that ran for the threshold or longer is a stall;
its site is the line the samples saw most. The watchdog needs the GIL to sample: a blocking call
that releases it (`time.sleep`, socket and file I/O) or pure Python code is sampled while it runs;
a long C call that holds the GIL is named by its coroutine instead (`via: "callback"`).

Garbage-collection pauses are timed (`gc.callbacks`) and a stall mostly spent in one is labelled
`gc`. On Linux the kernel's run-queue time of the loop's thread tells a stall the code caused from
one that only happened because the machine gave the thread no CPU: those are labelled `descheduled`
and get no site. Where other threads want the GIL, a stall sampled only between two bytecodes while
its thread hardly ran, or one the watchdog (which needs the GIL to look) could not sample at all,
was waiting for the GIL: `gilWait`, no site either. A loop kept from its timers by many short callbacks, none over the threshold, is reported by
the loop probe's late timer as a `starvation` stall.

The modules, one per kind of evidence (as the Node detector's `src/execute/node/blocking/`):
- `callback_hook.py`: each watched loop's slot, and the `Handle._run` wrapper that times callbacks.
- `watchdog.py`: the watchdog thread, its first look at a long callback and its frame samples.
- `frames.py`: which files are the repository's, a line as a site, the call a frame is making.
- `scheduler.py`: the loop thread's scheduler counters (Linux) and their split of a callback.
- `gc_pauses.py`: garbage-collection pauses.
- `attribute.py`: the site of a stall, from its samples or the coroutine its callback stepped.
- `assemble.py`: turns that evidence into stalls, as the results file has them (pure).
- `detector.py`: `StallDetector`, which installs the above and keeps the stalls.
"""
