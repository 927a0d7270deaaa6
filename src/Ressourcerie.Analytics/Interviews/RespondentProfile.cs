namespace Ressourcerie.Analytics.Interviews;

/// <summary>The respondent profiles of the exploratory interviews.</summary>
public enum RespondentProfile
{
    /// <summary>Technique / régisseur·e.</summary>
    Technique,
    Dsi,
    Numerique,
    Collections,
    Rso,
    Expert,
    Autre,
}

public static class RespondentProfileLabels
{
    public static string French(this RespondentProfile profile) => profile switch
    {
        RespondentProfile.Technique => "technique (régisseur·e)",
        RespondentProfile.Dsi => "DSI",
        RespondentProfile.Numerique => "numérique",
        RespondentProfile.Collections => "collections",
        RespondentProfile.Rso => "RSO",
        RespondentProfile.Expert => "expert·e",
        _ => "autre",
    };

    /// <summary>The role noun used to build pseudonyms ("Régisseur·e 3").</summary>
    public static string PseudonymStem(this RespondentProfile profile) => profile switch
    {
        RespondentProfile.Technique => "Régisseur·e",
        RespondentProfile.Dsi => "DSI",
        RespondentProfile.Numerique => "Responsable numérique",
        RespondentProfile.Collections => "Responsable collections",
        RespondentProfile.Rso => "Chargé·e RSO",
        RespondentProfile.Expert => "Expert·e",
        _ => "Répondant·e",
    };
}
