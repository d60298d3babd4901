namespace Meridian.Benchmarks.PubSub;

/// <summary>Percentiles of measured delays, in milliseconds.</summary>
internal static class LatencyStatistics
{
    public static double Percentile(List<double> sortedMilliseconds, double percentile)
    {
        var rank = (int)Math.Ceiling(percentile / 100 * sortedMilliseconds.Count) - 1;
        return sortedMilliseconds[Math.Clamp(rank, 0, sortedMilliseconds.Count - 1)];
    }

    public static string Describe(string what, List<double> milliseconds)
    {
        milliseconds.Sort();
        return $"{what}: p50 {Percentile(milliseconds, 50):F3} ms, p99 {Percentile(milliseconds, 99):F3} ms, max {milliseconds[^1]:F3} ms (n={milliseconds.Count})";
    }
}
