"""The Python stall detector's pure rules: the scheduler split, and assembling and labelling stalls.

Run by test/python-units.test.ts: python3 -m unittest discover, with src/execute/python on the path."""
import unittest

from cgharness.blocking.assemble import CallbackEvidence, SpanEvidence, Stall, callback_stall, explained_by, starvation_stall
from cgharness.blocking.attribute import attribute_span, attribute_stall, running_python, top_module
from cgharness.blocking.gc_pauses import GcPause, gc_time_within
from cgharness.blocking.scheduler import Look, SchedReading, SchedulerSplit, TurnReading, scheduler_split, usable_readings
from cgharness.blocking.watchdog import FrameSample
from cgharness.system import epoch_ms

BLOCK = 0.02


def site(file="a.py", line=3, api=None):
    s = {"file": file, "line": line, "function": "run", "via": "frame-sample", "source": "x()"}
    if api:
        s["api"] = api
    s["stack"] = ["run (%s:%d)" % (file, line)]
    return s


def sample(s=None, bytecode=False, at=0.0, callback=0.0, module=None):
    return FrameSample(s, bytecode, at, callback, module)


def never():
    raise AssertionError("not to be asked")


def assemble(samples, split=None, start=10.0, end=10.1, gc=(), watched=True, others=never, name=never):
    return callback_stall(CallbackEvidence("main", start, end, samples, split), BLOCK, list(gc), watched, others, name)


class SchedulerSplitTest(unittest.TestCase):
    def test_extrapolates_the_shares_seen_since_the_look(self):
        look = Look(10.0, 10.05, SchedReading(1_000_000_000, 0))
        end = SchedReading(1_010_000_000, 40_000_000)
        split = scheduler_split(look, None, end, 10.0, 10.1, extrapolate=True)
        self.assertAlmostEqual(split.running_s, 0.02)
        self.assertAlmostEqual(split.waiting_s, 0.08)

    def test_caps_an_extrapolated_share_at_the_callback(self):
        look = Look(10.0, 10.05, SchedReading(0, 0))
        split = scheduler_split(look, None, SchedReading(0, 90_000_000), 10.0, 10.1, extrapolate=True)
        self.assertEqual(split.waiting_s, 10.1 - 10.0)

    def test_counts_the_time_before_the_look_as_running_without_extrapolation(self):
        look = Look(10.0, 10.05, SchedReading(0, 0))
        split = scheduler_split(look, None, SchedReading(10_000_000, 40_000_000), 10.0, 10.1, extrapolate=False)
        self.assertAlmostEqual(split.running_s, 0.01 + 0.05)
        self.assertAlmostEqual(split.waiting_s, 0.04)

    def test_does_not_extrapolate_from_less_than_a_millisecond(self):
        look = Look(10.0, 10.0995, SchedReading(0, 0))
        split = scheduler_split(look, None, SchedReading(0, 400_000), 10.0, 10.1, extrapolate=True)
        self.assertAlmostEqual(split.running_s, 0.0995)
        self.assertAlmostEqual(split.waiting_s, 0.0004)

    def test_takes_the_wait_since_the_turn_less_the_time_before_the_callback(self):
        turn = TurnReading(9.99, SchedReading(0, 0))
        split = scheduler_split(None, turn, SchedReading(30_000_000, 50_000_000), 10.0, 10.1, extrapolate=False)
        self.assertAlmostEqual(split.running_s, 0.03)
        self.assertAlmostEqual(split.waiting_s, 0.04)
        none = scheduler_split(None, turn, SchedReading(0, 5_000_000), 10.0, 10.1, extrapolate=False)
        self.assertEqual(none.waiting_s, 0.0)

    def test_keeps_the_least_running_and_the_most_waiting_of_both_readings(self):
        look = Look(10.0, 10.05, SchedReading(20_000_000, 30_000_000))
        turn = TurnReading(10.0, SchedReading(0, 0))
        split = scheduler_split(look, turn, SchedReading(30_000_000, 40_000_000), 10.0, 10.1, extrapolate=False)
        self.assertAlmostEqual(split.running_s, 0.03)
        self.assertAlmostEqual(split.waiting_s, 0.04)

    def test_never_counts_a_counter_going_back(self):
        look = Look(10.0, 10.05, SchedReading(50, 50))
        split = scheduler_split(look, None, SchedReading(0, 0), 10.0, 10.1, extrapolate=True)
        self.assertEqual(split, SchedulerSplit(0.0, 0.0))

    def test_uses_only_readings_of_this_callback_and_from_before_it(self):
        class Slot:
            look = Look(9.0, 9.01, SchedReading(0, 0))
            turn = TurnReading(10.5, SchedReading(0, 0))

        self.assertEqual(usable_readings(Slot, 10.0), (None, None))
        Slot.look = Look(10.0, 10.01, SchedReading(0, 0))
        Slot.turn = TurnReading(10.0, SchedReading(0, 0))
        self.assertEqual(usable_readings(Slot, 10.0), (Slot.look, Slot.turn))


class CallbackStallTest(unittest.TestCase):
    def test_times_the_stall_and_names_the_line_the_samples_saw_most(self):
        first, second = site("a.py", 3, "time.sleep"), site("b.py", 7)
        stall = assemble([sample(first), sample(second), sample(site("b.py", 7)), sample(None)])
        self.assertIsInstance(stall, Stall)
        self.assertEqual((stall.loop, stall.start, stall.end), ("main", 10.0, 10.1))
        self.assertEqual(list(stall.result), ["loop", "startEpochMs", "durationMs", "site"])
        self.assertEqual(stall.result["startEpochMs"], epoch_ms(10.0))
        self.assertEqual(stall.result["durationMs"], (10.1 - 10.0) * 1000.0)
        self.assertEqual(stall.result["site"], second)
        self.assertIsNot(stall.result["site"], second)

    def test_breaks_a_tie_by_the_line_seen_first(self):
        stall = assemble([sample(site("b.py", 7)), sample(site("a.py", 3)), sample(site("a.py", 3)), sample(site("b.py", 7))])
        self.assertEqual(stall.result["site"]["file"], "b.py")

    def test_names_no_line_when_no_sample_was_in_the_repository(self):
        self.assertNotIn("site", assemble([sample(None), sample(None)]).result)

    def test_names_the_callback_when_nothing_was_sampled(self):
        named = site("c.py", 9)
        self.assertEqual(assemble([], watched=False, name=lambda: named).result["site"], named)
        self.assertEqual(assemble([], watched=True, others=lambda: False, name=lambda: named).result["site"], named)
        self.assertNotIn("site", assemble([], watched=False, name=lambda: 1 / 0).result)
        self.assertNotIn("unsampled", assemble([], watched=False, name=lambda: None).result)
        # Watched, yet never sampled and nothing to name: said so, not blamed on "no frame".
        self.assertTrue(assemble([], watched=True, others=lambda: False, name=lambda: None).result["unsampled"])

    def test_labels_a_stall_the_wait_for_a_cpu_explains_descheduled(self):
        stall = assemble([sample(site())], split=SchedulerSplit(0.01, 0.09))
        self.assertEqual(list(stall.result), ["loop", "startEpochMs", "durationMs", "descheduled", "waitingMs"])
        self.assertEqual(stall.result["waitingMs"], 0.09 * 1000.0)

    def test_keeps_the_site_and_the_wait_when_the_code_made_the_stall(self):
        stall = assemble([sample(site())], split=SchedulerSplit(0.08, 0.01))
        self.assertEqual(list(stall.result), ["loop", "startEpochMs", "durationMs", "cpuMs", "waitingMs", "site"])
        self.assertEqual(stall.result["cpuMs"], 0.08 * 1000.0)

    def test_labels_a_stall_neither_running_nor_waiting_for_a_cpu_a_gil_wait(self):
        split = SchedulerSplit(0.01, 0.02)
        stall = assemble([sample(site(), True), sample(None, True)], split=split, others=lambda: True)
        self.assertEqual(list(stall.result), ["loop", "startEpochMs", "durationMs", "gilWait", "gilWaitMs", "waitingMs"])
        self.assertEqual(stall.result["gilWaitMs"], ((10.1 - 10.0) - 0.01 - 0.02) * 1000.0)
        alone = assemble([sample(site(), True)], split=split, others=lambda: False)
        self.assertIn("site", alone.result)
        in_call = assemble([sample(site(), True), sample(site(), False)], split=split)
        self.assertIn("site", in_call.result)

    def test_labels_a_stall_the_watchdog_never_sampled_a_gil_wait_when_others_want_it(self):
        stall = assemble([], watched=True, others=lambda: True)
        self.assertEqual(list(stall.result), ["loop", "startEpochMs", "durationMs", "gilWait"])

    def test_labels_a_stall_mostly_spent_collecting_garbage(self):
        half = assemble([sample(site())], gc=[GcPause(10.0, 10.05), GcPause(11.0, 11.5)])
        self.assertEqual(list(half.result), ["loop", "startEpochMs", "durationMs", "gcMs", "gc", "site"])
        some = assemble([sample(site())], gc=[GcPause(9.99, 10.01)])
        self.assertEqual(list(some.result), ["loop", "startEpochMs", "durationMs", "gcMs", "site"])
        self.assertAlmostEqual(some.result["gcMs"], 10.0)


def starve(samples=(), split=None, others=never, start=10.0, end=10.05):
    return starvation_stall(SpanEvidence("main", start, end, list(samples), split), BLOCK, [], others)


class StarvationTest(unittest.TestCase):
    def test_is_descheduled_when_the_run_queue_explains_the_lateness(self):
        stall = starve(split=SchedulerSplit(0.01, 0.04))
        self.assertEqual(list(stall.result), ["loop", "startEpochMs", "durationMs", "starvation", "descheduled", "waitingMs"])
        plain = starve(split=SchedulerSplit(0.04, 0.01))
        self.assertEqual(list(plain.result), ["loop", "startEpochMs", "durationMs", "starvation", "cpuMs", "waitingMs", "unsampled"])
        self.assertEqual(list(starve().result), ["loop", "startEpochMs", "durationMs", "starvation", "unsampled"])

    def test_names_the_line_most_samples_of_the_turn_saw_with_its_share_and_callbacks(self):
        # Two 9 ms callbacks of one function in a 28 ms late timer, sampled four times, and one
        # sample between callbacks in the loop's own code.
        hot = site("bench/fnv_hash.py", 18)
        samples = [
            sample(hot, True, 10.002, 9.995),
            sample(hot, True, 10.007, 9.995),
            sample(site("bench/fnv_hash.py", 17), True, 10.012, 10.004),
            sample(hot, True, 10.016, 10.013),
            sample(None, True, 10.021, 0.0, "asyncio.base_events"),
        ]
        stall = starve(samples, SchedulerSplit(0.035, 0.001), start=10.0, end=10.028)
        self.assertEqual(stall.result["site"], dict(hot, share=0.6, callbacks=2))
        self.assertNotIn("elsewhere", stall.result)
        self.assertTrue(stall.result["starvation"])

    def test_a_tie_goes_to_the_repository(self):
        samples = [sample(None, True, module="json.decoder"), sample(site("a.py", 4), True)]
        self.assertEqual(starve(samples).result["site"]["share"], 0.5)

    def test_names_the_module_when_the_time_was_outside_the_repository(self):
        samples = [sample(None, True, module="json.decoder"), sample(None, True, module="json.decoder"), sample(site("a.py", 4), True)]
        stall = starve(samples, SchedulerSplit(0.04, 0.0), others=lambda: True)
        self.assertNotIn("site", stall.result)
        self.assertEqual(stall.result["elsewhere"], "json.decoder")

    def test_is_a_gil_wait_when_the_thread_hardly_ran_while_others_want_the_gil(self):
        split = SchedulerSplit(0.004, 0.001)
        stall = starve([sample(None, True, module="asyncio.base_events")], split, others=lambda: True, end=10.05)
        self.assertEqual(list(stall.result), ["loop", "startEpochMs", "durationMs", "starvation", "gilWait", "gilWaitMs", "cpuMs", "waitingMs"])
        self.assertAlmostEqual(stall.result["gilWaitMs"], 45.0)
        alone = starve([sample(None, True, module="asyncio.base_events")], split, others=lambda: False)
        self.assertNotIn("gilWait", alone.result)
        self.assertEqual(alone.result["elsewhere"], "asyncio.base_events")
        # Repository code caught inside a call (a sleep, a lock) is the code's, not the GIL's.
        blocking = starve([sample(site("a.py", 5, "time.sleep"), False)], split, others=lambda: True)
        self.assertEqual(blocking.result["site"]["line"], 5)
        self.assertNotIn("gilWait", blocking.result)

    def test_is_explained_by_stalls_of_the_same_loop_covering_half_of_it(self):
        stalls = [Stall("main", 10.0, 10.1, {}), Stall("other", 11.0, 11.1, {})]
        self.assertTrue(explained_by(stalls, "main", 10.05, 10.14))
        self.assertFalse(explained_by(stalls, "main", 10.05, 10.2))
        self.assertFalse(explained_by(stalls, "main", 10.1, 10.2))
        self.assertFalse(explained_by(stalls, "main", 11.0, 11.1))


class CallbackGilTest(unittest.TestCase):
    def test_a_callback_outside_the_repository_that_hardly_ran_waited_for_the_gil(self):
        outside = [sample(None, False, module="asyncio.events")]
        stall = assemble(outside, split=SchedulerSplit(0.002, 0.001), others=lambda: True)
        self.assertTrue(stall.result["gilWait"])
        self.assertAlmostEqual(stall.result["gilWaitMs"], 97.0)
        ran = assemble(outside, split=SchedulerSplit(0.09, 0.001), others=lambda: True)
        self.assertNotIn("gilWait", ran.result)
        self.assertEqual(ran.result["elsewhere"], "asyncio.events")
        mine = assemble([sample(site(), False)], split=SchedulerSplit(0.002, 0.001), others=never)
        self.assertIn("site", mine.result)


class EvidenceTest(unittest.TestCase):
    def test_top_module_counts_only_samples_outside_the_repository(self):
        self.assertEqual(top_module([sample(site()), sample(site()), sample(None, module="m"), sample(None)]), "m")
        self.assertIsNone(top_module([sample(site())]))
        self.assertEqual(attribute_span([]), (None, None))

    def test_running_python_needs_samples_all_between_bytecodes(self):
        self.assertFalse(running_python([]))
        self.assertTrue(running_python([sample(None, True), sample(site(), True)]))
        self.assertFalse(running_python([sample(None, True), sample(site(), False)]))

    def test_attributes_nothing_when_samples_were_taken_outside_the_repository(self):
        self.assertIsNone(attribute_stall([sample(None)], never))

    def test_gc_time_is_clipped_to_the_span(self):
        self.assertAlmostEqual(gc_time_within([GcPause(0.0, 2.0), GcPause(3.0, 3.5), GcPause(5.0, 6.0)], 1.0, 4.0), 1.5)


if __name__ == "__main__":
    unittest.main()
