namespace Ressourcerie.Analytics.Notebooks;

/// <summary>
/// A French gloss of the .NET exceptions a notebook cell commonly throws. The runtime ships its
/// messages in English only on Linux (no French satellite resources), so a failing cell would
/// otherwise tell a French-speaking team « Index was outside the bounds of the array »: the gloss
/// says it in French and the runtime's own message follows, for searching the web.
/// </summary>
public static class FrenchExceptionGloss
{
    private static readonly Dictionary<Type, string> Glosses = new()
    {
        [typeof(IndexOutOfRangeException)] = "indice hors des limites du tableau",
        [typeof(ArgumentOutOfRangeException)] = "valeur hors des limites permises (indice, position ou longueur)",
        [typeof(KeyNotFoundException)] = "clé absente du dictionnaire",
        [typeof(NullReferenceException)] = "valeur nulle utilisée comme un objet (une variable n'a pas été remplie)",
        [typeof(ArgumentNullException)] = "argument nul là où une valeur est attendue",
        [typeof(DivideByZeroException)] = "division par zéro",
        [typeof(OverflowException)] = "nombre trop grand pour son type",
        [typeof(FormatException)] = "texte qui n'a pas le format attendu (nombre, date…)",
        [typeof(InvalidCastException)] = "conversion de type impossible",
        [typeof(InvalidOperationException)] = "opération impossible dans cet état (par exemple une séquence vide)",
        [typeof(FileNotFoundException)] = "fichier introuvable",
        [typeof(DirectoryNotFoundException)] = "dossier introuvable",
        [typeof(UnauthorizedAccessException)] = "accès refusé au fichier ou au dossier",
        [typeof(IOException)] = "erreur de lecture ou d'écriture de fichier",
        [typeof(NotSupportedException)] = "opération non prise en charge",
        [typeof(OutOfMemoryException)] = "mémoire insuffisante",
        [typeof(OperationCanceledException)] = "opération annulée",
        [typeof(ArgumentException)] = "argument invalide",
    };

    /// <summary>
    /// « Type : gloss — message » for a known exception type (or one deriving from it, the closest
    /// ancestor's gloss), « Type : message » otherwise.
    /// </summary>
    public static string Describe(Exception exception)
    {
        var name = exception.GetType().Name;
        for (var type = exception.GetType(); type is not null && type != typeof(Exception); type = type.BaseType)
            if (Glosses.TryGetValue(type, out var gloss))
                return $"{name} : {gloss} — {exception.Message}";
        return $"{name} : {exception.Message}";
    }
}
