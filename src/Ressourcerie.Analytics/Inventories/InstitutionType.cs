namespace Ressourcerie.Analytics.Inventories;

/// <summary>The kinds of visual-arts institutions the study covers.</summary>
public enum InstitutionType
{
    Musee,
    Frac,
    CentreDArt,
    EcoleDArt,
    Cnap,
    Autre,
}

public static class InstitutionTypeLabels
{
    public static string French(this InstitutionType type) => type switch
    {
        InstitutionType.Musee => "musée",
        InstitutionType.Frac => "frac",
        InstitutionType.CentreDArt => "centre d'art",
        InstitutionType.EcoleDArt => "école d'art",
        InstitutionType.Cnap => "cnap",
        _ => "autre",
    };
}
