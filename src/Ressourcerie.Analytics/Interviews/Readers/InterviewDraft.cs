using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Interviews.Readers;

/// <summary>
/// An interview being assembled from a QDA file: the document gives its id, case or document
/// variables may then give its profile, institution and date (see <see cref="InterviewVariableRoles"/>).
/// </summary>
internal sealed class InterviewDraft(string id, SourceLocation source, DataQualityReport report)
{
    private readonly Dictionary<string, string> _variables = new(StringComparer.Ordinal);

    public string Id { get; } = id;

    public SourceLocation Source { get; } = source;

    public DateOnly? Date { get; set; }

    public RespondentProfile Profile { get; set; } = RespondentProfile.Autre;

    public string? InstitutionId { get; set; }

    /// <summary>Personal data: kept on the interview, never printed.</summary>
    public string? Respondent { get; set; }

    /// <summary>
    /// Records a variable and, when its name says so, reads the profile, institution or date from
    /// it; a value that cannot be read is reported as a warning at <paramref name="where"/> and kept
    /// only as a plain variable.
    /// </summary>
    public void SetVariable(string name, string value, SourceLocation where)
    {
        name = name.Trim();
        value = value.Trim();
        if (name.Length == 0 || value.Length == 0) return;
        _variables.TryAdd(name, value);
        switch (InterviewVariableRoles.Of(name))
        {
            case InterviewVariableRole.Profile:
                if (RespondentProfileParser.TryParse(value, out var profile, out bool ambiguous))
                {
                    Profile = profile;
                }
                else
                {
                    var reason = ambiguous ? "désigne plusieurs profils à la fois" : "ne correspond à aucun profil connu";
                    report.Warn(where.File, where.Row, name,
                        $"Entretien « {Id} » : le profil « {value} » {reason} ({string.Join(", ", RespondentProfileParser.CanonicalValues)}) ; profil « autre » retenu.",
                        ambiguous ? null : RespondentProfileParser.ClosestCanonical(value));
                }
                break;
            case InterviewVariableRole.Institution:
                InstitutionId ??= value;
                break;
            case InterviewVariableRole.Date:
                if (FrenchDate.TryParse(value, out var date, out _)) Date ??= date;
                else report.Warn(where.File, where.Row, name, $"Entretien « {Id} » : date « {value} » illisible (attendu jj/mm/aaaa ou aaaa-mm-jj) ; date ignorée.");
                break;
        }
    }

    public Interview ToInterview() => new(Id, Date, Profile, InstitutionId, Respondent, Source)
    {
        Variables = new Dictionary<string, string>(_variables, StringComparer.Ordinal),
    };
}
