using System.Text.RegularExpressions;
using Ressourcerie.Analytics.Tests.SampleData;

namespace Ressourcerie.Analytics.Tests.Notebooks;

/// <summary>
/// The respondents of <c>data/sample/entretiens.csv</c> as patterns: each full name (any case, any
/// spacing or hyphen between its words) and each of its words alone (first names, last name), as
/// whole words, so that « Marion » is found but not « Marionnette ».
/// </summary>
internal static class RespondentNames
{
    public static IReadOnlyList<string> All { get; } =
        [.. CsvTable.Read(Path.Combine(RepositoryPaths.SampleData, "entretiens.csv")).Column("Répondant").Where(n => !string.IsNullOrWhiteSpace(n))];

    public static IReadOnlyList<Regex> Patterns { get; } = [.. All.SelectMany(PatternsOf)];

    /// <summary>Where a name appears in <paramref name="text"/> (empty when none does).</summary>
    public static IEnumerable<string> FoundIn(string text) =>
        Patterns.Select(p => p.Match(text)).Where(m => m.Success)
            .Select(m => $"« {m.Value} » dans « …{text.Substring(Math.Max(0, m.Index - 60), Math.Min(text.Length - Math.Max(0, m.Index - 60), m.Length + 120))}… »");

    private static IEnumerable<Regex> PatternsOf(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        yield return Whole(string.Join(@"[\s\-]+", words.Select(Regex.Escape)));
        foreach (var word in words) yield return Whole(Regex.Escape(word));
    }

    private static Regex Whole(string pattern) =>
        new(@"(?<![\p{L}\p{N}]|\p{L}-)" + pattern + @"(?![\p{L}\p{N}]|-\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
