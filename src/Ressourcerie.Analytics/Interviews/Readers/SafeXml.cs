using System.Text;
using System.Xml;
using System.Xml.Linq;
using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Interviews.Readers;

/// <summary>
/// Loads untrusted XML: no DTD at all (so no external entity and no "billion laughs" expansion),
/// no resolver, a ceiling on size, and a first streaming pass that refuses excessive nesting
/// before anything is built in memory. Errors become French <see cref="InputFileException"/>s.
/// </summary>
internal static class SafeXml
{
    public static XmlReaderSettings Settings(long maxChars) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = maxChars,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>Loads the document that <paramref name="open"/> returns (called twice: a checking pass, then the load).</summary>
    public static XDocument Load(Func<Stream> open, string file, ReadLimits limits)
    {
        var settings = Settings(limits.MaxXmlBytes);
        try
        {
            using (var check = XmlReader.Create(Capped(open(), file, limits), settings))
            {
                while (check.Read())
                {
                    if (check.Depth > limits.MaxXmlDepth)
                    {
                        var line = (IXmlLineInfo)check;
                        throw new InputFileException(file, line.LineNumber, "",
                            $"Fichier XML refusé : imbrication de plus de {limits.MaxXmlDepth} niveaux (ligne {line.LineNumber}). Un projet REFI-QDA n'en demande pas tant.");
                    }
                }
            }
            using var reader = XmlReader.Create(Capped(open(), file, limits), settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            if (DeclaresDtd(open))
                throw new InputFileException(file, e.LineNumber, "",
                    "Fichier XML refusé : il contient une déclaration <!DOCTYPE> (DTD), interdite ici car elle permet d'inclure des fichiers locaux ou de faire exploser la mémoire (entités externes, « billion laughs »). Les projets REFI-QDA n'en ont pas besoin : exportez à nouveau le projet.", e);
            throw new InputFileException(file, e.LineNumber, "",
                $"XML mal formé ligne {e.LineNumber}, colonne {e.LinePosition} : le fichier est tronqué, n'est pas du XML ou a été modifié à la main. Exportez-le à nouveau (le détail technique s'affiche avec --verbose).", e);
        }
    }

    private static Stream Capped(Stream stream, string file, ReadLimits limits) =>
        new CappedStream(stream, limits.MaxXmlBytes, null, max => new InputFileException(file, 0, "",
            $"Fichier XML refusé : il dépasse {SafeZipArchive.Megabytes(max)} Mo, la limite fixée pour un projet."));

    /// <summary>True when the prolog (before the root element) holds a DOCTYPE, whatever the encoding's byte width.</summary>
    private static bool DeclaresDtd(Func<Stream> open)
    {
        using var stream = open();
        var head = new byte[64 * 1024];
        int n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var text = Encoding.UTF8.GetString(head, 0, n).Replace("\0", "");
        return text.Contains("<!DOCTYPE", StringComparison.Ordinal);
    }
}
