namespace Ressourcerie.Analytics.Ingestion;

/// <summary>
/// Excel's error values (<c>#N/A</c>, <c>#DIV/0!</c>…), in English and in French Excel's spelling
/// (<c>#VALEUR!</c>, <c>#NOM?</c>…), as they appear in an XLSX cell or in a CSV that Excel exported:
/// a formula that failed, never a value to read.
/// </summary>
public static class ExcelErrorValue
{
    private static readonly (string Literal, string Meaning)[] Known =
    [
        ("#N/A", "valeur non disponible, souvent une RECHERCHEV sans résultat"),
        ("#DIV/0!", "division par zéro"),
        ("#VALUE!", "valeur de mauvais type dans une formule"),
        ("#VALEUR!", "valeur de mauvais type dans une formule"),
        ("#REF!", "référence à une cellule supprimée"),
        ("#NAME?", "nom de fonction ou de plage inconnu"),
        ("#NOM?", "nom de fonction ou de plage inconnu"),
        ("#NUM!", "nombre impossible à calculer"),
        ("#NOMBRE!", "nombre impossible à calculer"),
        ("#NULL!", "intersection de plages vide"),
        ("#NUL!", "intersection de plages vide"),
        ("#SPILL!", "résultat matriciel bloqué"),
        ("#PROPAGATION!", "résultat matriciel bloqué"),
        ("#CALC!", "erreur de calcul"),
        ("#GETTING_DATA", "données en cours de chargement"),
    ];

    /// <summary>True for an Excel error literal; cheap enough to call on every cell (first character test).</summary>
    public static bool IsError(ReadOnlySpan<char> text) => !text.IsEmpty && text[0] == '#' && Meaning(text) is not null;

    /// <summary>What the error means, in French, or null when <paramref name="text"/> is not an error literal.</summary>
    public static string? Meaning(ReadOnlySpan<char> text)
    {
        foreach (var (literal, meaning) in Known)
            if (text.Equals(literal, StringComparison.OrdinalIgnoreCase)) return meaning;
        return null;
    }
}
