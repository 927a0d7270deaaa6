using Microsoft.Data.Analysis;
using Ressourcerie.Analytics.Interviews.Passages;
using Ressourcerie.Analytics.Interviews.Pseudonymization;
using Ressourcerie.Analytics.Inventories;

namespace Ressourcerie.Analytics.Interviews.Verbatims;

/// <summary>
/// The verbatims of a code, in a fixed order: interviews chronologically (date, then id), then
/// position in the interview (offsets, else paragraphs; passages without either after), then
/// excerpt and code. A passage (<see cref="PassageGrouping"/>) coded by several coders is one
/// verbatim that lists them.
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

        return PassageGrouping.Group(project)
            .SelectMany(passage => passage.Segments
                .Where(s => includeSubcodes ? hierarchy.IsSelfOrDescendant(s.CodePath, resolved) : s.CodePath == resolved)
                .GroupBy(s => s.CodePath, StringComparer.Ordinal)
                .Select(g => (Passage: passage, Code: g.Key, Segments: g.ToArray())))
            .OrderBy(v => catalog.PositionOf(v.Passage.InterviewId))
            .ThenBy(v => v.Passage.Start ?? v.Passage.FirstParagraph ?? int.MaxValue)
            .ThenBy(v => v.Passage.End ?? v.Passage.LastParagraph ?? int.MaxValue)
            .ThenBy(v => v.Passage.Excerpt, StringComparer.Ordinal)
            .ThenBy(v => hierarchy.IndexOf(v.Code))
            .ThenBy(v => v.Passage.Index)
            .Select(v =>
            {
                var interview = catalog[v.Passage.InterviewId];
                var first = v.Segments.OrderBy(s => s.Excerpt, StringComparer.Ordinal).First();
                var coders = v.Segments.Select(s => s.Coder).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
                return new Verbatim(v.Code, redactor?.Redact(first.Excerpt) ?? first.Excerpt, v.Passage.InterviewId,
                    InterviewCatalog.ProfileLabel(interview), catalog.InstitutionTypeLabel(interview),
                    pseudonymizer.PseudonymOf(v.Passage.InterviewId), coders, v.Passage.Start, v.Passage.End);
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
