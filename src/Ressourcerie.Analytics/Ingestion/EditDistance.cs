namespace Ressourcerie.Analytics.Ingestion;

/// <summary>
/// Levenshtein distance, used to suggest the closest valid value for a mistyped one
/// ("vidéoprojcteur" → « vidéoprojecteur »). Only runs when a value is unknown, never on the hot path.
/// </summary>
public static class EditDistance
{
    /// <summary>The number of single-character insertions, deletions or substitutions that turn <paramref name="a"/> into <paramref name="b"/>.</summary>
    public static int Levenshtein(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.IsEmpty) return b.Length;
        if (b.IsEmpty) return a.Length;
        Span<int> previous = b.Length < 256 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> current = b.Length < 256 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            var swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.Length];
    }

    /// <summary>
    /// True when <paramref name="distance"/> is small enough, for a word of <paramref name="length"/>
    /// characters, to be a typo rather than another word: at most one edit in four, and at least one.
    /// </summary>
    public static bool IsPlausibleTypo(int distance, int length) => distance <= Math.Max(1, (length + 2) / 4);

    /// <summary>The candidate closest to <paramref name="value"/> (compared as given), if it is close enough to be a plausible typo.</summary>
    public static string? Closest(string value, IEnumerable<string> candidates)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            // The distance is at least the difference in length: a value more than twice as long as
            // a candidate (plus two) cannot be a plausible typo of it, so skipping it changes no
            // answer and keeps a corrupt 8-million-character cell from costing hours here.
            if (value.Length > 2 * candidate.Length + 2) continue;
            int d = Levenshtein(value, candidate);
            if (d < bestDistance || (d == bestDistance && best is not null && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = d;
            }
        }
        return best is not null && IsPlausibleTypo(bestDistance, Math.Max(value.Length, best.Length)) ? best : null;
    }
}
