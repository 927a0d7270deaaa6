using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Inventories;

/// <summary>
/// The 101 départements and the overseas collectivities (INSEE codes, official names, 2016 regions),
/// found by name or code whatever the case, accents, spaces and hyphens ("Corse du Sud",
/// "Val d'Oise", "Territoire-de-Belfort"), and by a code that lost its leading zero ("6" for 06).
/// </summary>
public static class FrenchDepartments
{
    private const string Ara = "Auvergne-Rhône-Alpes", Bfc = "Bourgogne-Franche-Comté", Bre = "Bretagne", Cvl = "Centre-Val de Loire",
        Cor = "Corse", Ge = "Grand Est", Hdf = "Hauts-de-France", Idf = "Île-de-France", Nor = "Normandie", Naq = "Nouvelle-Aquitaine",
        Occ = "Occitanie", Pdl = "Pays de la Loire", Paca = "Provence-Alpes-Côte d'Azur";

    public static IReadOnlyList<FrenchDepartment> All { get; } =
    [
        D("01", "Ain", Ara), D("02", "Aisne", Hdf), D("03", "Allier", Ara), D("04", "Alpes-de-Haute-Provence", Paca),
        D("05", "Hautes-Alpes", Paca), D("06", "Alpes-Maritimes", Paca), D("07", "Ardèche", Ara), D("08", "Ardennes", Ge),
        D("09", "Ariège", Occ), D("10", "Aube", Ge), D("11", "Aude", Occ), D("12", "Aveyron", Occ),
        D("13", "Bouches-du-Rhône", Paca), D("14", "Calvados", Nor), D("15", "Cantal", Ara), D("16", "Charente", Naq),
        D("17", "Charente-Maritime", Naq), D("18", "Cher", Cvl), D("19", "Corrèze", Naq),
        new("2A", "Corse-du-Sud", Cor, "20"), new("2B", "Haute-Corse", Cor, "20"),
        D("21", "Côte-d'Or", Bfc), D("22", "Côtes-d'Armor", Bre), D("23", "Creuse", Naq), D("24", "Dordogne", Naq),
        D("25", "Doubs", Bfc), D("26", "Drôme", Ara), D("27", "Eure", Nor), D("28", "Eure-et-Loir", Cvl),
        D("29", "Finistère", Bre), D("30", "Gard", Occ), D("31", "Haute-Garonne", Occ), D("32", "Gers", Occ),
        D("33", "Gironde", Naq), D("34", "Hérault", Occ), D("35", "Ille-et-Vilaine", Bre), D("36", "Indre", Cvl),
        D("37", "Indre-et-Loire", Cvl), D("38", "Isère", Ara), D("39", "Jura", Bfc), D("40", "Landes", Naq),
        D("41", "Loir-et-Cher", Cvl), D("42", "Loire", Ara), D("43", "Haute-Loire", Ara), D("44", "Loire-Atlantique", Pdl),
        D("45", "Loiret", Cvl), D("46", "Lot", Occ), D("47", "Lot-et-Garonne", Naq), D("48", "Lozère", Occ),
        D("49", "Maine-et-Loire", Pdl), D("50", "Manche", Nor), D("51", "Marne", Ge), D("52", "Haute-Marne", Ge),
        D("53", "Mayenne", Pdl), D("54", "Meurthe-et-Moselle", Ge), D("55", "Meuse", Ge), D("56", "Morbihan", Bre),
        D("57", "Moselle", Ge), D("58", "Nièvre", Bfc), D("59", "Nord", Hdf), D("60", "Oise", Hdf),
        D("61", "Orne", Nor), D("62", "Pas-de-Calais", Hdf), D("63", "Puy-de-Dôme", Ara), D("64", "Pyrénées-Atlantiques", Naq),
        D("65", "Hautes-Pyrénées", Occ), D("66", "Pyrénées-Orientales", Occ), D("67", "Bas-Rhin", Ge), D("68", "Haut-Rhin", Ge),
        D("69", "Rhône", Ara), D("70", "Haute-Saône", Bfc), D("71", "Saône-et-Loire", Bfc), D("72", "Sarthe", Pdl),
        D("73", "Savoie", Ara), D("74", "Haute-Savoie", Ara), D("75", "Paris", Idf), D("76", "Seine-Maritime", Nor),
        D("77", "Seine-et-Marne", Idf), D("78", "Yvelines", Idf), D("79", "Deux-Sèvres", Naq), D("80", "Somme", Hdf),
        D("81", "Tarn", Occ), D("82", "Tarn-et-Garonne", Occ), D("83", "Var", Paca), D("84", "Vaucluse", Paca),
        D("85", "Vendée", Pdl), D("86", "Vienne", Naq), D("87", "Haute-Vienne", Naq), D("88", "Vosges", Ge),
        D("89", "Yonne", Bfc), D("90", "Territoire de Belfort", Bfc), D("91", "Essonne", Idf), D("92", "Hauts-de-Seine", Idf),
        D("93", "Seine-Saint-Denis", Idf), D("94", "Val-de-Marne", Idf), D("95", "Val-d'Oise", Idf),
        D("971", "Guadeloupe", "Guadeloupe"), D("972", "Martinique", "Martinique"), D("973", "Guyane", "Guyane"),
        D("974", "La Réunion", "La Réunion"), D("976", "Mayotte", "Mayotte"),
        D("975", "Saint-Pierre-et-Miquelon", null), new("977", "Saint-Barthélemy", null, "971"), new("978", "Saint-Martin", null, "971"),
        D("986", "Wallis-et-Futuna", null), D("987", "Polynésie française", null), D("988", "Nouvelle-Calédonie", null),
    ];

    private static readonly SynonymTable<FrenchDepartment> ByNameOrCode = new(
        All.Select(d => (d.Name, d))
            .Concat(All.Select(d => (d.Code, d)))
            .Concat([("Réunion", Find("974")), ("Métropole de Lyon", Find("69")), ("Corse du Sud", Find("2A")), ("Guyane française", Find("973"))]));

    /// <summary>The département named or numbered <paramref name="text"/>; <paramref name="lostLeadingZero"/> is true for a one-digit code ("6" for 06).</summary>
    public static bool TryFind(ReadOnlySpan<char> text, out FrenchDepartment department, out bool lostLeadingZero)
    {
        text = text.Trim();
        lostLeadingZero = false;
        if (ByNameOrCode.TryResolve(text, out department!)) return true;
        if (text.Length == 1 && char.IsAsciiDigit(text[0]) && ByNameOrCode.TryResolve("0" + text.ToString(), out department!))
        {
            lostLeadingZero = true;
            return true;
        }
        return false;
    }

    public static bool TryFind(ReadOnlySpan<char> text, out FrenchDepartment department) => TryFind(text, out department, out _);

    /// <summary>The closest département name to a mistyped one, or null.</summary>
    public static string? Suggest(ReadOnlySpan<char> text) => ByNameOrCode.Suggest(text);

    private static FrenchDepartment Find(string code) => All.Single(d => d.Code == code);

    private static FrenchDepartment D(string code, string name, string? region) => new(code, name, region, code);
}
