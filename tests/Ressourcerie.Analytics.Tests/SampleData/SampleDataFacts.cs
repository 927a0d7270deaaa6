namespace Ressourcerie.Analytics.Tests.SampleData;

/// <summary>Facts about France the sample's properties are checked against (not taken from the generator).</summary>
internal static class SampleDataFacts
{
    /// <summary>The 18 regions since the 2016 reform (INSEE).</summary>
    public static IReadOnlyList<string> CurrentRegions { get; } =
    [
        "Auvergne-Rhône-Alpes", "Bourgogne-Franche-Comté", "Bretagne", "Centre-Val de Loire", "Corse", "Grand Est",
        "Hauts-de-France", "Île-de-France", "Normandie", "Nouvelle-Aquitaine", "Occitanie", "Pays de la Loire",
        "Provence-Alpes-Côte d'Azur", "Guadeloupe", "Martinique", "Guyane", "La Réunion", "Mayotte",
    ];

    public static IReadOnlyList<string> OverseasRegions { get; } = ["Guadeloupe", "Martinique", "Guyane", "La Réunion", "Mayotte"];

    /// <summary>The regions merged or renamed in 2016 and the current region of each.</summary>
    public static IReadOnlyDictionary<string, string> FormerRegions { get; } = new Dictionary<string, string>
    {
        ["Alsace"] = "Grand Est", ["Lorraine"] = "Grand Est", ["Champagne-Ardenne"] = "Grand Est",
        ["Aquitaine"] = "Nouvelle-Aquitaine", ["Limousin"] = "Nouvelle-Aquitaine", ["Poitou-Charentes"] = "Nouvelle-Aquitaine",
        ["Auvergne"] = "Auvergne-Rhône-Alpes", ["Rhône-Alpes"] = "Auvergne-Rhône-Alpes",
        ["Bourgogne"] = "Bourgogne-Franche-Comté", ["Franche-Comté"] = "Bourgogne-Franche-Comté",
        ["Languedoc-Roussillon"] = "Occitanie", ["Midi-Pyrénées"] = "Occitanie",
        ["Nord-Pas-de-Calais"] = "Hauts-de-France", ["Picardie"] = "Hauts-de-France",
        ["Basse-Normandie"] = "Normandie", ["Haute-Normandie"] = "Normandie", ["Centre"] = "Centre-Val de Loire",
    };
}
