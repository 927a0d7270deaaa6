using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Inventories;

/// <summary>
/// The 18 regions of France since the 2016 reform (law 2015-29), with the 26 former regions and the
/// usual abbreviations mapped to the current name. Overseas collectivities that are not regions
/// (Polynésie française, Nouvelle-Calédonie…) are accepted as they are: museums there are
/// Musées de France too. Matching ignores case, accents, spaces and hyphens.
/// </summary>
public static class FrenchRegions
{
    public static IReadOnlyList<string> Current { get; } =
    [
        "Auvergne-Rhône-Alpes", "Bourgogne-Franche-Comté", "Bretagne", "Centre-Val de Loire", "Corse",
        "Grand Est", "Hauts-de-France", "Île-de-France", "Normandie", "Nouvelle-Aquitaine", "Occitanie",
        "Pays de la Loire", "Provence-Alpes-Côte d'Azur", "Guadeloupe", "Martinique", "Guyane",
        "La Réunion", "Mayotte",
    ];

    public static IReadOnlyList<string> OverseasCollectivities { get; } =
    [
        "Polynésie française", "Nouvelle-Calédonie", "Saint-Pierre-et-Miquelon", "Saint-Martin",
        "Saint-Barthélemy", "Wallis-et-Futuna",
    ];

    /// <summary>Former name (or abbreviation) → current region; a former name is reported as a correction.</summary>
    private static readonly (string Former, string Current)[] Renamed =
    [
        ("Alsace", "Grand Est"), ("Champagne-Ardenne", "Grand Est"), ("Lorraine", "Grand Est"),
        ("Alsace-Champagne-Ardenne-Lorraine", "Grand Est"), ("ACAL", "Grand Est"),
        ("Aquitaine", "Nouvelle-Aquitaine"), ("Limousin", "Nouvelle-Aquitaine"), ("Poitou-Charentes", "Nouvelle-Aquitaine"),
        ("Aquitaine-Limousin-Poitou-Charentes", "Nouvelle-Aquitaine"), ("ALPC", "Nouvelle-Aquitaine"),
        ("Auvergne", "Auvergne-Rhône-Alpes"), ("Rhône-Alpes", "Auvergne-Rhône-Alpes"),
        ("Bourgogne", "Bourgogne-Franche-Comté"), ("Franche-Comté", "Bourgogne-Franche-Comté"),
        ("Basse-Normandie", "Normandie"), ("Haute-Normandie", "Normandie"),
        ("Languedoc-Roussillon", "Occitanie"), ("Midi-Pyrénées", "Occitanie"),
        ("Languedoc-Roussillon-Midi-Pyrénées", "Occitanie"), ("LRMP", "Occitanie"),
        ("Nord-Pas-de-Calais", "Hauts-de-France"), ("Picardie", "Hauts-de-France"),
        ("Nord-Pas-de-Calais-Picardie", "Hauts-de-France"),
        ("Centre", "Centre-Val de Loire"),
    ];

    /// <summary>Other spellings of the current regions (not a correction: the same region).</summary>
    private static readonly (string Alias, string Current)[] Aliases =
    [
        ("ARA", "Auvergne-Rhône-Alpes"), ("AURA", "Auvergne-Rhône-Alpes"),
        ("BFC", "Bourgogne-Franche-Comté"),
        ("CVL", "Centre-Val de Loire"), ("Centre Val-de-Loire", "Centre-Val de Loire"),
        ("HDF", "Hauts-de-France"),
        ("IDF", "Île-de-France"), ("Paris Île-de-France", "Île-de-France"), ("Région parisienne", "Île-de-France"),
        ("PACA", "Provence-Alpes-Côte d'Azur"), ("Région Sud", "Provence-Alpes-Côte d'Azur"), ("Sud", "Provence-Alpes-Côte d'Azur"),
        ("Provence", "Provence-Alpes-Côte d'Azur"),
        ("Réunion", "La Réunion"), ("Ile de la Réunion", "La Réunion"),
        ("Guyane française", "Guyane"),
        ("Corse-du-Sud", "Corse"), ("Haute-Corse", "Corse"),
        ("Pays-de-la-Loire", "Pays de la Loire"),
        ("Polynésie", "Polynésie française"),
    ];

    private static readonly SynonymTable<(string Region, bool Former)> Table = new(
        Current.Select(r => (r, (r, false)))
            .Concat(OverseasCollectivities.Select(r => (r, (r, false))))
            .Concat(Aliases.Select(a => (a.Alias, (a.Current, false))))
            .Concat(Renamed.Select(r => (r.Former, (r.Current, true)))));

    /// <summary>Finds the current region for <paramref name="text"/>; <paramref name="former"/> is true for a pre-2016 name mapped to its successor.</summary>
    public static bool TryNormalize(ReadOnlySpan<char> text, out string region, out bool former)
    {
        bool found = Table.TryResolve(text, out var match)
            || (text.StartsWith("région", StringComparison.OrdinalIgnoreCase) || text.StartsWith("region", StringComparison.OrdinalIgnoreCase))
               && Table.TryResolve(text[6..].TrimStart(), out match);
        (region, former) = found ? match : ("", false);
        return found;
    }

    /// <summary>The closest region name (or former name) to a mistyped one, or null.</summary>
    public static string? Suggest(ReadOnlySpan<char> text) => Table.Suggest(text);
}
