using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Interviews.Readers;

/// <summary>
/// The candidate nearest to a mistyped value (Levenshtein distance on folded text), for the
/// "did you mean" part of error messages. Hand-written: the distance is twenty lines and none of
/// our dependencies exposes one.
/// </summary>
internal static class ClosestMatch
{
    /// <summary>The closest candidate, or null when none is reasonably close (more than half the letters differ).</summary>
    public static string? Find(string value, IEnumerable<string> candidates)
    {
        var key = MatchKey.Fold(value);
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var candidateKey = MatchKey.Fold(candidate);
            int distance = Levenshtein(key, candidateKey);
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        if (best is null) return null;
        int longest = Math.Max(key.Length, MatchKey.Fold(best).Length);
        return bestDistance * 2 <= longest ? best : null;
    }

    private static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
