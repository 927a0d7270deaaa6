using System.Text;

namespace Ressourcerie.Analytics.Interviews.Readers;

/// <summary>
/// Turns code hierarchies as files write them (<c>Freins &gt; Coût</c>, <c>Freins/Coût</c>,
/// <c>Freins\Coût</c>, <c>Freins::Coût</c>) into our <c>Parent &gt; Enfant</c> form. The separator
/// is detected once per file, because the same character can be a separator in one file and part
/// of a name in another: in a file that nests codes with <c>&gt;</c>, "Audio/vidéo" is one name.
/// </summary>
public static class CodePathNormalizer
{
    /// <summary>Separators tried, most specific first; a slash is only believed when it builds a real hierarchy.</summary>
    public static readonly IReadOnlyList<string> Candidates = [">", "::", "\\", "/"];

    /// <summary>
    /// The separator the file uses for <paramref name="rawCodes"/>: the candidate found in most
    /// codes (ties go to the more specific one), or null when codes are flat. A slash counts only
    /// when the names before it recur as parents (two children share one, or the parent is itself
    /// a code): "Freins/Coût" next to "Freins/Délais" is a hierarchy, "Audio/vidéo" alone is a name.
    /// </summary>
    public static string? DetectSeparator(IEnumerable<string> rawCodes) => DetectSeparator(rawCodes, Candidates);

    /// <summary>As <see cref="DetectSeparator(IEnumerable{string})"/>, among <paramref name="candidates"/> only.</summary>
    public static string? DetectSeparator(IEnumerable<string> rawCodes, IReadOnlyList<string> candidates)
    {
        var codes = rawCodes.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).Distinct(StringComparer.Ordinal).ToList();
        string? best = null;
        int bestCount = 0;
        foreach (var candidate in candidates)
        {
            var containing = codes.Where(c => c.Contains(candidate, StringComparison.Ordinal)).ToList();
            if (containing.Count == 0) continue;
            if (candidate == "/" && !BuildsHierarchy(codes, containing)) continue;
            if (containing.Count > bestCount)
            {
                best = candidate;
                bestCount = containing.Count;
            }
        }
        return best;
    }

    private static bool BuildsHierarchy(List<string> codes, List<string> withSlash)
    {
        var flat = codes.Where(c => !c.Contains('/')).Select(c => Clean(c)).ToHashSet(StringComparer.Ordinal);
        var parents = withSlash.GroupBy(c => Clean(c[..c.IndexOf('/')]), StringComparer.Ordinal).ToList();
        int hierarchical = parents.Where(g => g.Count() >= 2 || flat.Contains(g.Key)).Sum(g => g.Count());
        return hierarchical * 2 >= withSlash.Count;
    }

    /// <summary>
    /// <paramref name="raw"/> as <c>Parent &gt; Enfant</c>: split on <paramref name="separator"/>
    /// (none when null), each level trimmed with inner runs of white space collapsed, empty levels
    /// dropped (reported through <paramref name="droppedEmptyLevels"/>). Empty when nothing is left.
    /// </summary>
    public static string Normalize(string raw, string? separator, out bool droppedEmptyLevels)
    {
        droppedEmptyLevels = false;
        if (string.IsNullOrWhiteSpace(raw)) return "";
        var parts = separator is null ? [raw] : raw.Split(separator);
        var levels = new List<string>(parts.Length);
        foreach (var part in parts)
        {
            var level = Clean(part);
            if (level.Length == 0) droppedEmptyLevels = true;
            else levels.Add(level);
        }
        return string.Join(Code.Separator, levels);
    }

    public static string Normalize(string raw, string? separator) => Normalize(raw, separator, out _);

    /// <summary>Joins already separated levels (nested REFI-QDA codes, QualCoder categories).</summary>
    public static string Join(IEnumerable<string> levels) =>
        string.Join(Code.Separator, levels.Select(Clean).Where(l => l.Length > 0));

    /// <summary>Trims a level and collapses inner white space ("Freins  financiers" → "Freins financiers").</summary>
    public static string Clean(string level)
    {
        var trimmed = level.AsSpan().Trim();
        var sb = new StringBuilder(trimmed.Length);
        bool space = false;
        foreach (char c in trimmed)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
