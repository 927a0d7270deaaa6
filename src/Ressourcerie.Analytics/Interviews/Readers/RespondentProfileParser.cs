using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Interviews.Readers;

/// <summary>
/// Reads a respondent profile as people write it in a spreadsheet or a QDA variable
/// ("Régisseuse", "DSI adjoint", "médiation numérique", "Régie des œuvres", "chargée RSE"…).
/// The text is folded (case, accents, punctuation) and searched for the synonyms below, longest
/// phrase first, so that "régie des œuvres" (a collections job) wins over "régie" (a technical one).
/// </summary>
public static class RespondentProfileParser
{
    /// <summary>The values the data layout documents, as written in templates.</summary>
    public static readonly IReadOnlyList<string> CanonicalValues = ["technique", "dsi", "numérique", "collections", "rso", "expert", "autre"];

    private static readonly (string Phrase, RespondentProfile Profile)[] Synonyms = BuildSynonyms();

    /// <summary>The value our templates use for <paramref name="profile"/> ("technique", "dsi"…).</summary>
    public static string CanonicalValue(RespondentProfile profile) => profile switch
    {
        RespondentProfile.Technique => "technique",
        RespondentProfile.Dsi => "dsi",
        RespondentProfile.Numerique => "numérique",
        RespondentProfile.Collections => "collections",
        RespondentProfile.Rso => "rso",
        RespondentProfile.Expert => "expert",
        _ => "autre",
    };

    /// <summary>
    /// Finds the profile named in <paramref name="text"/>. Fails on empty text, on text naming no
    /// known profile, and on text naming two different profiles ("DSI et numérique"), which
    /// <paramref name="ambiguous"/> reports.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out RespondentProfile profile, out bool ambiguous)
    {
        profile = RespondentProfile.Autre;
        ambiguous = false;
        var words = MatchKey.FoldWords(text);
        if (words.Length == 0) return false;
        var padded = $" {words} ";
        var found = new List<(string Phrase, RespondentProfile Profile)>();
        foreach (var (phrase, candidate) in Synonyms)
        {
            if (!padded.Contains($" {phrase} ", StringComparison.Ordinal)) continue;
            // A phrase inside a longer one already found ("regie" in "regie des oeuvres") adds nothing.
            if (found.Any(f => $" {f.Phrase} ".Contains($" {phrase} ", StringComparison.Ordinal))) continue;
            found.Add((phrase, candidate));
        }
        if (found.Count == 0) return false;
        if (found.Select(f => f.Profile).Distinct().Count() > 1)
        {
            ambiguous = true;
            return false;
        }
        profile = found[0].Profile;
        return true;
    }

    public static bool TryParse(ReadOnlySpan<char> text, out RespondentProfile profile) => TryParse(text, out profile, out _);

    /// <summary>The canonical value closest to an unknown profile, for the error message.</summary>
    public static string ClosestCanonical(string text) =>
        EditDistance.Closest(MatchKey.FoldWords(text), Synonyms.Select(s => s.Phrase)) is { } phrase
            ? CanonicalValue(Synonyms.First(s => s.Phrase == phrase).Profile)
            : "autre";

    private static (string, RespondentProfile)[] BuildSynonyms()
    {
        var table = new (string Text, RespondentProfile Profile)[]
        {
            ("technique", RespondentProfile.Technique), ("technicien", RespondentProfile.Technique),
            ("technicienne", RespondentProfile.Technique), ("technical", RespondentProfile.Technique),
            ("technician", RespondentProfile.Technique), ("régisseur", RespondentProfile.Technique),
            ("régisseuse", RespondentProfile.Technique), ("régisseure", RespondentProfile.Technique),
            ("régisseur·e", RespondentProfile.Technique), ("régie", RespondentProfile.Technique),
            ("régie technique", RespondentProfile.Technique), ("audiovisuel", RespondentProfile.Technique),
            ("dsi", RespondentProfile.Dsi), ("informatique", RespondentProfile.Dsi), ("informaticien", RespondentProfile.Dsi),
            ("informaticienne", RespondentProfile.Dsi), ("it", RespondentProfile.Dsi),
            ("systèmes d'information", RespondentProfile.Dsi), ("système d'information", RespondentProfile.Dsi),
            ("numérique", RespondentProfile.Numerique), ("digital", RespondentProfile.Numerique),
            ("médiation numérique", RespondentProfile.Numerique), ("multimédia", RespondentProfile.Numerique),
            ("collections", RespondentProfile.Collections), ("collection", RespondentProfile.Collections),
            ("conservation", RespondentProfile.Collections), ("conservateur", RespondentProfile.Collections),
            ("conservatrice", RespondentProfile.Collections), ("régie des œuvres", RespondentProfile.Collections),
            ("régisseur des œuvres", RespondentProfile.Collections), ("régisseuse des œuvres", RespondentProfile.Collections),
            ("régisseur des collections", RespondentProfile.Collections), ("régisseuse des collections", RespondentProfile.Collections),
            ("régie des collections", RespondentProfile.Collections), ("registrar", RespondentProfile.Collections),
            ("rso", RespondentProfile.Rso), ("rse", RespondentProfile.Rso), ("développement durable", RespondentProfile.Rso),
            ("transition écologique", RespondentProfile.Rso), ("sustainability", RespondentProfile.Rso),
            ("expert", RespondentProfile.Expert), ("experte", RespondentProfile.Expert), ("expert·e", RespondentProfile.Expert),
            ("consultant", RespondentProfile.Expert), ("consultante", RespondentProfile.Expert), ("expertise", RespondentProfile.Expert),
            ("autre", RespondentProfile.Autre), ("other", RespondentProfile.Autre),
        };
        return table
            .Select(t => (Phrase: MatchKey.FoldWords(t.Text), t.Profile))
            .DistinctBy(t => t.Phrase)
            .OrderByDescending(t => t.Phrase.Length)
            .ThenBy(t => t.Phrase, StringComparer.Ordinal)
            .ToArray();
    }
}
