using Microsoft.Data.Analysis;
using Ressourcerie.Analytics.Interviews.Pseudonymization;
using Ressourcerie.Analytics.Inventories;

namespace Ressourcerie.Analytics.Interviews.Verbatims;

/// <summary>
/// The verbatims of a code, in a fixed order: interviews chronologically (date, then id), then
/// position in the interview (segments without offsets after), then excerpt and code. A passage
/// coded by several coders is one verbatim that lists them.
/// </summary>
public static class VerbatimSelector
{
    /// <param name="code">A code path; case, accents and punctuation may differ from the codebook's.</param>
    /// <param name="includeSubcodes">Also the segments of the code's descendants.</param>
    /// <param name="redactor">Applied to every excerpt; null leaves excerpts as coded.</param>
    /// <exception cref="ArgumentException">The code is not in the project (French message).</exception>
    public static IReadOnlyList<Verbatim> Select(CodingProject project, string code, Pseudonymizer pseudonymizer,
        IEnumerable<Institution>? institutions = null, ExcerptRedactor? redactor = null, bool includeSubcodes = false)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(pseudonymizer);
        var hierarchy = new CodeHierarchy(project);
        var resolved = hierarchy.Resolve(code)
                       ?? throw new ArgumentException($"Code inconnu : « {code} ». Les codes s'écrivent avec leur chemin complet, par exemple « Parent > Enfant ».", nameof(code));
        var catalog = new InterviewCatalog(project, institutions);

        return project.Segments
            .Where(s => includeSubcodes ? hierarchy.IsSelfOrDescendant(s.CodePath, resolved) : s.CodePath == resolved)
            .GroupBy(s => (s.InterviewId, s.Start, s.End, Excerpt: ExcerptText.Normalize(s.Excerpt), s.CodePath))
            .OrderBy(g => catalog.PositionOf(g.Key.InterviewId))
            .ThenBy(g => g.Key.Start ?? int.MaxValue)
            .ThenBy(g => g.Key.End ?? int.MaxValue)
            .ThenBy(g => g.Key.Excerpt, StringComparer.Ordinal)
            .ThenBy(g => hierarchy.IndexOf(g.Key.CodePath))
            .Select(g =>
            {
                var interview = catalog[g.Key.InterviewId];
                var first = g.OrderBy(s => s.Excerpt, StringComparer.Ordinal).First();
                var coders = g.Select(s => s.Coder).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
                return new Verbatim(g.Key.CodePath, redactor?.Redact(first.Excerpt) ?? first.Excerpt, g.Key.InterviewId,
                    InterviewCatalog.ProfileLabel(interview), catalog.InstitutionTypeLabel(interview),
                    pseudonymizer.PseudonymOf(g.Key.InterviewId), coders, g.Key.Start, g.Key.End);
            })
            .ToArray();
    }

    /// <summary>Verbatims as a table with French column names.</summary>
    public static DataFrame ToDataFrame(IReadOnlyList<Verbatim> verbatims) => new(
        new StringDataFrameColumn("code", verbatims.Select(v => v.Code)),
        new StringDataFrameColumn("extrait", verbatims.Select(v => v.Excerpt)),
        new StringDataFrameColumn("entretien", verbatims.Select(v => v.InterviewId)),
        new StringDataFrameColumn("profil", verbatims.Select(v => v.Profile)),
        new StringDataFrameColumn("type d'institution", verbatims.Select(v => v.InstitutionType)),
        new StringDataFrameColumn("pseudonyme", verbatims.Select(v => v.Pseudonym)),
        new StringDataFrameColumn("codeurs", verbatims.Select(v => string.Join(", ", v.Coders))));
}
