using Microsoft.Data.Analysis;
using Ressourcerie.Analytics.Interviews.Pseudonymization;
using Ressourcerie.Analytics.Inventories;

namespace Ressourcerie.Analytics.Interviews.Verbatims;

/// <summary>
/// The verbatims of a code, in a fixed order: interviews chronologically (date, then id), then
/// position in the interview (segments without offsets after), then excerpt, coder and code.
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
            .OrderBy(s => catalog.PositionOf(s.InterviewId))
            .ThenBy(s => s.Start ?? int.MaxValue)
            .ThenBy(s => s.End ?? int.MaxValue)
            .ThenBy(s => s.Excerpt, StringComparer.Ordinal)
            .ThenBy(s => s.Coder ?? "", StringComparer.Ordinal)
            .ThenBy(s => hierarchy.IndexOf(s.CodePath))
            .Select(s =>
            {
                var interview = catalog[s.InterviewId];
                return new Verbatim(s.CodePath, redactor?.Redact(s.Excerpt) ?? s.Excerpt, s.InterviewId,
                    InterviewCatalog.ProfileLabel(interview), catalog.InstitutionTypeLabel(interview),
                    pseudonymizer.PseudonymOf(s.InterviewId), s.Coder, s.Start, s.End);
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
        new StringDataFrameColumn("codeur", verbatims.Select(v => v.Coder)));
}
