namespace Ressourcerie.Analytics.SampleData;

/// <summary>
/// Name material for synthetic people and exhibitions: common French first and last names combined
/// at random (no real person is meant), exhibition titles built from a noun and an invariable
/// qualifier, and the two fictional members of the team who code the interviews.
/// </summary>
internal static class FictionalNames
{
    public static IReadOnlyList<string> FirstNames { get; } =
    [
        "Claire", "Julien", "Sophie", "Camille", "Nicolas", "Élodie", "Mathieu", "Aurélie", "Romain", "Pauline",
        "Guillaume", "Émilie", "Antoine", "Laure", "Sébastien", "Marion", "Vincent", "Hélène", "Damien", "Céline",
        "Olivier", "Anne-Sophie", "Jean-Baptiste", "Nathalie", "Karim", "Inès", "Yann", "Sandrine", "Malik", "Agathe",
        "Benoît", "Chloé", "Rémi", "Fatou", "Loïc", "Margaux", "Nadia", "Thibault", "Gwenaëlle", "Marc-Antoine",
    ];

    public static IReadOnlyList<string> LastNames { get; } =
    [
        "Morvan", "Besson", "Lefèvre", "Garnier", "Rousseau", "Marchal", "Perrin", "Carpentier", "Lemoine", "Barbier",
        "Guérin", "Fabre", "Colin", "Vidal", "Renaud", "Roche", "Masson", "Meunier", "Brunet", "Blanchard",
        "Giraud", "Joly", "Rivière", "Dumont", "Caron", "Schmitt", "Mercier", "Aubert", "Lacroix", "Benali",
        "Nguyen", "Diallo", "Le Gall", "Kervella", "Haddad", "Texier", "Poulain", "Delmas", "Chevalier", "Ferrand",
        "Bouvier", "Maillard", "Tessier", "Langlois", "Hoarau", "Payet", "Salomon", "Fontaine", "Arnaud", "Leroux",
    ];

    /// <summary>The two coders of the study (members of the product team, fictional).</summary>
    public static IReadOnlyList<string> Coders { get; } = ["Léa", "Thomas"];

    private static readonly string[] TitleNouns =
    [
        "Rivages", "Lumières", "Paysages", "Échos", "Métamorphoses", "Horizons", "Mémoires", "Fragments",
        "Reflets", "Territoires", "Traversées", "Matières", "Ombres", "Sillages", "Constellations", "Archipels",
        "Vertiges", "Passages", "Correspondances", "Résonances", "Lisières", "Mirages", "Marées", "Seuils",
    ];

    // Qualifiers that agree with masculine and feminine plural nouns alike.
    private static readonly string[] TitleQualifiers =
    [
        "numériques", "sonores", "imaginaires", "électriques", "invisibles", "magnétiques", "fragiles", "sensibles",
        "nocturnes", "d'hiver", "en mouvement", "du Sud", "à l'œuvre", "du quotidien", "en suspens", "de la ville",
        "d'ailleurs",
    ];

    public static int TitleCount => TitleNouns.Length * TitleQualifiers.Length;

    /// <summary>The title number <paramref name="index"/> (0 ≤ index &lt; <see cref="TitleCount"/>), e.g. "Reflets sonores".</summary>
    public static string Title(int index) =>
        $"{TitleNouns[index / TitleQualifiers.Length]} {TitleQualifiers[index % TitleQualifiers.Length]}";
}
