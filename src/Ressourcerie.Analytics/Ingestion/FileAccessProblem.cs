namespace Ressourcerie.Analytics.Ingestion;

/// <summary>
/// Why a file could not be read or a folder written, in French and with the fix: .NET's own
/// messages are English (on Linux always) and quote the full path ("Could not find file '/…'").
/// The exception itself stays the inner exception, shown with <c>--verbose</c>.
/// </summary>
public static class FileAccessProblem
{
    /// <summary>Why <paramref name="path"/> could not be opened for reading.</summary>
    public static string Reading(Exception e, string path) => e switch
    {
        _ when Directory.Exists(path) => "c'est un dossier, pas un fichier : indiquez le fichier lui-même",
        FileNotFoundException => "le fichier n'existe pas : vérifiez son nom et son dossier",
        DirectoryNotFoundException => "le dossier indiqué n'existe pas : vérifiez le chemin",
        UnauthorizedAccessException => "accès refusé : vérifiez les droits de lecture sur le fichier",
        PathTooLongException => "chemin trop long : déplacez le fichier dans un dossier moins profond",
        _ => "le fichier est verrouillé par un autre programme (Excel ?) ou le disque est illisible : fermez-le et réessayez",
    };

    /// <summary>Why the file <paramref name="path"/> could not be written.</summary>
    public static string Writing(Exception e, string path) => e switch
    {
        _ when Directory.Exists(path) => "c'est un dossier : indiquez le nom du fichier à écrire",
        _ when Path.GetDirectoryName(Path.GetFullPath(path)) is { } parent && File.Exists(parent) => $"« {Path.GetFileName(parent)} » est un fichier, pas un dossier",
        DirectoryNotFoundException => "le dossier de destination n'existe pas : créez-le ou choisissez-en un autre",
        UnauthorizedAccessException => "accès refusé : vérifiez les droits d'écriture sur le dossier",
        PathTooLongException => "chemin trop long : choisissez un dossier moins profond",
        _ => "disque plein, dossier en lecture seule ou fichier ouvert par un autre programme : fermez-le et réessayez",
    };

    /// <summary>Why files could not be written in the folder <paramref name="folder"/>.</summary>
    public static string WritingFolder(Exception e, string folder) => e switch
    {
        _ when File.Exists(folder) => "un fichier porte déjà ce nom : indiquez un dossier",
        UnauthorizedAccessException => "accès refusé : vérifiez les droits d'écriture sur le dossier",
        PathTooLongException => "chemin trop long : choisissez un dossier moins profond",
        _ => "disque plein, dossier en lecture seule ou fichier ouvert par un autre programme (Excel ?) : fermez-le et réessayez",
    };
}
