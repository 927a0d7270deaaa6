using System.Reflection;
using System.Text.RegularExpressions;
using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Interviews.Pseudonymization;

/// <summary>
/// Finds the people named in interview excerpts who are not respondents ("mon collègue Damien
/// Rousseau"), so that the redactor can remove them too: a common French first name (the embedded
/// list <c>Resources/interviews/prenoms-courants.txt</c>), possibly a second one ("Jean Pierre"),
/// then a capitalised surname, possibly after a particle ("Anne de La Tour"), all separated by
/// single spaces. It is a heuristic, written for precision: a first name alone, a name whose first
/// name is missing from the list, or a name written in lower case is not found (the team can pass
/// such names explicitly to <see cref="InterviewAnalysis"/>).
/// </summary>
/// <remarks>
/// No named-entity recogniser for French is available as a .NET package we can ship (ML.NET has
/// none built in), hence this list-based rule; a famous person ("Pierre Soulages") or a place named
/// after one ("lycée Jean Moulin") is redacted too, which loses nothing essential in a verbatim.
/// </remarks>
public static class PersonNameFinder
{
    private const string ResourceName = "Ressourcerie.Resources.interviews/prenoms-courants.txt";

    private static readonly Lazy<HashSet<string>> FirstNames = new(LoadFirstNames);

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "de", "du", "des", "d'", "le", "la", "van", "von", "di", "da", "del", "dos", "ben" };

    // A word: letters, inner apostrophes or hyphens ("Marc-Antoine", "d'Alembert").
    private static readonly Regex Word = new(@"\p{L}+(?:['’\-]\p{L}+)*", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));

    /// <summary>The people named in a project's excerpts and memos who are not its respondents.</summary>
    public static IReadOnlyList<string> NamesCitedIn(CodingProject project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return Find(project.Segments.Select(s => s.Excerpt).Concat(project.Segments.Select(s => s.Memo ?? "")), project.Interviews.Select(i => i.Respondent));
    }

    /// <summary>The distinct names found, as written the first time, in order of appearance; names in <paramref name="exclude"/> (respondents) left out.</summary>
    public static IReadOnlyList<string> Find(IEnumerable<string> texts, IEnumerable<string?>? exclude = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var excluded = (exclude ?? []).OfType<string>().Select(n => MatchKey.FoldWords(n)).ToHashSet(StringComparer.Ordinal);
        var found = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            if (string.IsNullOrEmpty(text)) continue;
            var words = Word.Matches(text);
            for (int i = 0; i < words.Count; i++)
            {
                if (!IsFirstName(words[i].Value)) continue;
                int last = NameEnd(text, words, i);
                if (last < 0) continue;
                var name = text[words[i].Index..(words[last].Index + words[last].Length)];
                var key = MatchKey.FoldWords(name);
                if (!excluded.Contains(key) && seen.Add(key)) found.Add(name);
                i = last;
            }
        }
        return found;
    }

    /// <summary>Index of the surname's word when a name starts at word <paramref name="first"/>, else −1.</summary>
    private static int NameEnd(string text, MatchCollection words, int first)
    {
        int i = first + 1;
        if (i < words.Count && SingleSpace(text, words[i - 1], words[i]) && IsFirstName(words[i].Value)
            && i + 1 < words.Count && SingleSpace(text, words[i], words[i + 1]) && IsCapitalised(words[i + 1].Value))
            i++;
        while (i < words.Count && SingleSpace(text, words[i - 1], words[i]) && Particles.Contains(words[i].Value.ToLowerInvariant().Replace('’', '\'')))
            i++;
        if (i >= words.Count || !SingleSpace(text, words[i - 1], words[i]) || !IsCapitalised(words[i].Value)) return -1;
        return i;
    }

    private static bool SingleSpace(string text, Match before, Match after)
    {
        int gap = after.Index - (before.Index + before.Length);
        return gap == 1 && text[before.Index + before.Length] is ' ' or '\u00A0';
    }

    private static bool IsFirstName(string word) =>
        IsCapitalised(word) && word.Split('-').All(part => FirstNames.Value.Contains(MatchKey.Fold(part)));

    /// <summary>"Rousseau", "ROUSSEAU", "Le Gall"'s "Gall": an initial capital then letters of any case, at least two.</summary>
    private static bool IsCapitalised(string word) => word.Length >= 2 && char.IsUpper(word[0]) && word.Skip(1).Any(char.IsLetter);

    private static HashSet<string> LoadFirstNames()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Ressource absente : {ResourceName}");
        using var reader = new StreamReader(stream);
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            line = line.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            foreach (var part in line.Split('-')) names.Add(MatchKey.Fold(part));
        }
        return names;
    }
}
