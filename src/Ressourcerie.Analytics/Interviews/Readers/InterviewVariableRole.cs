using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Interviews.Readers;

/// <summary>
/// What a case or document variable of a QDA project tells about an interview, judged from its
/// name: a variable named "Profil", "Role" or "Fonction" gives the respondent's profile,
/// "Établissement" or "Institution" the institution, "Date" the interview date. Other variables
/// are kept as they are in <see cref="Interview.Variables"/>.
/// </summary>
public enum InterviewVariableRole
{
    Other,
    Profile,
    Institution,
    Date,
}

public static class InterviewVariableRoles
{
    private static readonly Dictionary<string, InterviewVariableRole> ByKey = Build();

    public static InterviewVariableRole Of(string variableName) =>
        ByKey.GetValueOrDefault(MatchKey.Fold(variableName), InterviewVariableRole.Other);

    private static Dictionary<string, InterviewVariableRole> Build()
    {
        var names = new (InterviewVariableRole Role, string[] Names)[]
        {
            (InterviewVariableRole.Profile, ["profil", "profile", "profil du répondant", "profil répondant", "role", "rôle", "fonction", "function", "funktion", "rolle", "poste", "métier", "job", "position"]),
            (InterviewVariableRole.Institution, ["institution", "établissement", "etablissement_id", "identifiant établissement", "institution_id", "structure", "organisation", "organization", "musée"]),
            (InterviewVariableRole.Date, ["date", "date de l'entretien", "date entretien", "interview date", "date of interview", "datum", "fecha"]),
        };
        var map = new Dictionary<string, InterviewVariableRole>(StringComparer.Ordinal);
        foreach (var (role, list) in names)
            foreach (var name in list)
                map[MatchKey.Fold(name)] = role;
        return map;
    }
}
