"""Error kinds in the Python harness: the normalizer (the same cases as the Node runner's), the
per-loop tally and its caps, the repository line that raised, and merging a pool's kinds.

Run by test/python-units.test.ts: python3 -m unittest discover, with src/execute/python on the path."""
import asyncio
import json
import os
import unittest

from cgharness.errors import MAX_ERROR_KINDS, OTHER_KIND, ErrorTally, merge_error_kinds, normalize_message
from cgharness.scenario import describe, load_scenario

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(os.path.dirname(HERE), "fixtures")
OTHER_MESSAGE = "more than 20 kinds of error; the rest are counted here"


def raised(fn):
    try:
        fn()
    except Exception as error:
        return error
    raise AssertionError("did not raise")


class NormalizeTest(unittest.TestCase):
    def test_the_shared_cases(self):
        with open(os.path.join(FIXTURES, "error-kinds.json"), encoding="utf-8") as source:
            cases = json.load(source)["cases"]
        for message, kind in cases:
            with self.subTest(message=message):
                self.assertEqual(normalize_message(message), kind)


class TallyTest(unittest.TestCase):
    def test_counts_by_kind_and_keeps_the_first_message(self):
        tally = ErrorTally(describe)
        for m in ["collided for k1", "collided for k2", "down", "collided for k3"]:
            tally.add(RuntimeError(m))
        kinds = tally.resolve(FIXTURES)
        self.assertEqual(
            [(k["kind"], k["message"], k["count"]) for k in kinds],
            [("RuntimeError: collided for k#", "RuntimeError: collided for k1", 3), ("RuntimeError: down", "RuntimeError: down", 1)],
        )

    def test_caps_kinds_and_clips_messages(self):
        tally = ErrorTally(describe)
        for i in range(26):
            tally.add(ValueError("kind %s %s" % ("abcdefghijklmnopqrstuvwxyz"[i], "y" * 600)))
        kinds = tally.resolve(FIXTURES)
        self.assertEqual(len(kinds), MAX_ERROR_KINDS + 1)
        self.assertEqual(kinds[-1], {"kind": OTHER_KIND, "message": OTHER_MESSAGE, "count": 6})
        self.assertEqual(len(kinds[0]["message"]), 500)
        self.assertEqual(len(kinds[0]["kind"]), 200)

    def test_names_the_repository_line_that_raised(self):
        scenario = load_scenario(os.path.join(FIXTURES, "python", "throws.py"), FIXTURES)
        with open(os.path.join(FIXTURES, "python", "throws.py"), encoding="utf-8") as source:
            line = next(i for i, text in enumerate(source.read().split("\n"), 1) if "raise ValueError" in text)
        scenario.module.calls[0] = 2
        error = raised(lambda: asyncio.run(scenario.run(None)))
        tally = ErrorTally(describe)
        tally.add(error)
        [kind] = tally.resolve(FIXTURES)
        self.assertEqual(kind["kind"], "ValueError: boom on call #")
        self.assertEqual(kind["site"]["file"], "python/throws.py")
        self.assertEqual(kind["site"]["line"], line)
        self.assertEqual(kind["site"]["function"], "run")
        self.assertEqual(kind["site"]["source"], 'raise ValueError("boom on call %d" % n)')
        self.assertEqual(kind["stack"][0], "run (python/throws.py:%d)" % line)
        # Frames outside the root (asyncio's own) are shown by their last two path parts only.
        self.assertTrue(all(not f.split("(")[1].startswith("/") for f in kind["stack"]))

    def test_a_kind_without_a_repository_frame_has_no_site(self):
        tally = ErrorTally(describe)
        tally.add(raised(lambda: json.loads("{")))
        [kind] = tally.resolve(FIXTURES)
        self.assertNotIn("site", kind)
        self.assertTrue(kind["kind"].startswith("JSONDecodeError: Expecting property name enclosed in double quotes: line # column #"))


class MergeTest(unittest.TestCase):
    def test_sums_by_kind_and_keeps_the_first_site(self):
        site = {"file": "a.py", "line": 3}
        a = [{"kind": "x #", "message": "x 1", "count": 2, "site": site}, {"kind": "y", "message": "y", "count": 1}]
        b = [{"kind": "y", "message": "y", "count": 5}, {"kind": "x #", "message": "x 9", "count": 1, "site": {"file": "b.py", "line": 1}}]
        self.assertEqual(
            merge_error_kinds([a, None, b]),
            [{"kind": "y", "message": "y", "count": 6}, {"kind": "x #", "message": "x 1", "count": 3, "site": site}],
        )
        self.assertEqual(a[0]["count"], 2)

    def test_folds_kinds_past_the_cap(self):
        def many(start):
            return [{"kind": "k%d" % (start + i), "message": "", "count": 100 - start - i} for i in range(15)]

        merged = merge_error_kinds([many(0) + [{"kind": OTHER_KIND, "message": "", "count": 7}], many(15)])
        self.assertEqual([k["kind"] for k in merged[:20]], ["k%d" % i for i in range(20)])
        self.assertEqual(merged[20], {"kind": OTHER_KIND, "message": OTHER_MESSAGE, "count": 762})


if __name__ == "__main__":
    unittest.main()
