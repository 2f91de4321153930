"""Log-bucketed latency histogram, the same buckets as the Node runner's (src/execute/histogram.ts).

Recording costs one log and one dict update; histograms from many loops (threads, child
processes) merge exactly by adding counts, and percentiles agree with the Node side's.
"""
import math

MIN_MS = 0.001
GROWTH = 1.01
LOG_GROWTH = math.log(GROWTH)
BUCKETS = 2800


class Histogram:
    __slots__ = ("counts", "count", "sum", "max")

    def __init__(self):
        self.counts = {}
        self.count = 0
        self.sum = 0.0
        self.max = 0.0

    def record(self, ms):
        if ms <= MIN_MS:
            index = 0
        else:
            index = min(BUCKETS - 1, 1 + int(math.log(ms / MIN_MS) / LOG_GROWTH))
        counts = self.counts
        counts[index] = counts.get(index, 0) + 1
        self.count += 1
        self.sum += ms
        if ms > self.max:
            self.max = ms

    def merge(self, serialized):
        for index, n in serialized["buckets"]:
            self.counts[index] = self.counts.get(index, 0) + n
        self.count += serialized["count"]
        self.sum += serialized["sum"]
        if serialized["max"] > self.max:
            self.max = serialized["max"]

    def quantile(self, q):
        """Value at quantile q (0..1): the geometric middle of its bucket, never above the max."""
        if self.count == 0:
            return 0.0
        rank = max(1, math.ceil(q * self.count))
        seen = 0
        for index in sorted(self.counts):
            seen += self.counts[index]
            if seen >= rank:
                if index == 0:
                    return min(MIN_MS, self.max)
                low = MIN_MS * GROWTH ** (index - 1)
                return min(low * math.sqrt(GROWTH), self.max)
        return self.max

    def percentiles(self):
        return {
            "p50": self.quantile(0.5),
            "p90": self.quantile(0.9),
            "p99": self.quantile(0.99),
            "max": self.max,
            "mean": self.sum / self.count if self.count else 0.0,
        }

    def to_json(self):
        return {
            "buckets": [[index, self.counts[index]] for index in sorted(self.counts)],
            "count": self.count,
            "sum": self.sum,
            "max": self.max,
        }
