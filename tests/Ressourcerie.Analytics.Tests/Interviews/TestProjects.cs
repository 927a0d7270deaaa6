using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Interviews;
using Ressourcerie.Analytics.Inventories;

namespace Ressourcerie.Analytics.Tests.Interviews;

/// <summary>Small coding projects built record by record, as the readers would return them.</summary>
internal static class TestProjects
{
    public static Interview Interview(string id, string? date = null, RespondentProfile profile = RespondentProfile.Technique,
        string? institution = null, string? respondent = null) =>
        new(id, date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), profile, institution, respondent,
            new SourceLocation("entretiens.csv", 2));

    public static CodedSegment Segment(string interview, string code, string excerpt = "extrait", string? coder = null, int? start = null, int? end = null) =>
        new(interview, code, excerpt, coder, start, end, new SourceLocation("codages.csv", 2));

    public static CodingProject Project(IEnumerable<Interview> interviews, IEnumerable<CodedSegment> segments, params string[] codebook) =>
        new("ressourcerie", interviews.ToArray(), new Codebook(codebook.Select(c => new Code(c))), segments.ToArray());

    public static Institution Institution(string id, InstitutionType type) => new(id, id, type, null, null, null, null, null);

    /// <summary>
    /// Four interviews (two régisseurs, a DSI, a collections manager, in three institution
    /// groups), codes on two levels, a parent applied directly once.
    /// </summary>
    public static CodingProject StudyProject() => Project(
        [
            Interview("E1", "2024-03-01", RespondentProfile.Technique, "M1", "Marie Blanc"),
            Interview("E2", "2024-03-08", RespondentProfile.Technique, "F1", "Jean Martin"),
            Interview("E3", "2024-03-15", RespondentProfile.Dsi, "M1", "Paul Girard"),
            Interview("E4", "2024-03-22", RespondentProfile.Collections, null, "Hélène Lefèvre"),
        ],
        [
            Segment("E1", "Freins > Coût", "Le coût de transport est un frein.", "Alice", 10, 40),
            Segment("E1", "Freins > Coût", "Marie Blanc : on paie l'assurance.", "Alice", 100, 130),
            Segment("E1", "Freins > Logistique", "Il faut un camion.", "Alice", 200, 220),
            Segment("E1", "Leviers > Mutualisation", "Un catalogue commun aiderait.", "Alice", 300, 330),
            Segment("E2", "Freins > Coût", "Trop cher à emballer.", "Alice", 5, 25),
            Segment("E2", "Freins", "Beaucoup d'obstacles.", "Alice", 50, 70),
            Segment("E3", "Leviers > Mutualisation", "Appelez-moi au 06 12 34 56 78.", "Bruno", 0, 30),
        ],
        "Freins", "Freins > Coût", "Freins > Logistique", "Leviers", "Leviers > Mutualisation");

    public static Institution[] StudyInstitutions() =>
        [Institution("M1", InstitutionType.Musee), Institution("F1", InstitutionType.Frac)];
}
