namespace ScarGuide.Diagnostics;

/// <summary>"Did you mean ...?" for misspelt keys, author keys and link targets: one edit-distance search for all.</summary>
public static class Spelling
{
    /// <summary>
    /// The candidate closest to <paramref name="value"/>, if within <paramref name="maxDistance"/> edits; on a tie the
    /// earlier candidate wins, so callers decide the order (list order, or ordinal for a stable choice).
    /// </summary>
    public static string? Closest(string value, IEnumerable<string> candidates, int maxDistance)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            // Only a candidate nearer than the best so far matters: stop measuring one as soon as it cannot be.
            var bound = Math.Min(bestDistance - 1, maxDistance);
            if (Math.Abs(candidate.Length - value.Length) > bound) continue;
            var d = Distance(candidate, value, bound);
            if (d < bestDistance) { bestDistance = d; best = candidate; }
        }
        return bestDistance <= maxDistance ? best : null;
    }

    /// <summary>
    /// Levenshtein distance: insertions, deletions and substitutions. Past <paramref name="bound"/> the exact value
    /// does not matter, and <c>bound + 1</c> is returned as soon as every path costs more.
    /// </summary>
    public static int Distance(string a, string b, int bound = int.MaxValue - 1)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var rowMin = cur[0];
            for (var j = 1; j <= b.Length; j++)
            {
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                rowMin = Math.Min(rowMin, cur[j]);
            }
            if (rowMin > bound) return bound + 1;
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }
}
