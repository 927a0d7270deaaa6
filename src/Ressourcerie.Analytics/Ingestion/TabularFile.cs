namespace Ressourcerie.Analytics.Ingestion;

/// <summary>Opens a CSV, TSV or XLSX file as a <see cref="TabularReader"/>, telling the format by its content, not only its name.</summary>
public static class TabularFile
{
    public static readonly string[] Extensions = [".csv", ".tsv", ".txt", ".xlsx", ".xlsm"];

    /// <param name="path">The file to read.</param>
    /// <param name="displayName">The name used in issues; the file name by default.</param>
    /// <param name="preferredSheets">For a workbook, sheet names to read first (e.g. the file's role).</param>
    public static TabularReader Open(string path, string? displayName = null, IEnumerable<string>? preferredSheets = null)
    {
        displayName ??= Path.GetFileName(path);
        Stream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputFileException(displayName, 0, "", $"Fichier introuvable ou illisible : {FileAccessProblem.Reading(e, path)}.", e);
        }
        return Open(stream, displayName, preferredSheets);
    }

    public static TabularReader Open(Stream stream, string displayName, IEnumerable<string>? preferredSheets = null)
    {
        try
        {
            if (!stream.CanSeek)
            {
                var copy = new MemoryStream();
                stream.CopyTo(copy);
                stream.Dispose();
                copy.Position = 0;
                stream = copy;
            }
            if (stream.Length == 0)
                throw new InputFileException(displayName, 0, "", "Le fichier est vide (0 octet) : la copie ou l'export a échoué. Exportez-le à nouveau, ou retirez-le du dossier.");

            Span<byte> magic = stackalloc byte[4];
            int read = stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false);
            stream.Position = 0;
            bool isZip = read == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
            bool isOle = read == 4 && magic[0] == 0xD0 && magic[1] == 0xCF && magic[2] == 0x11 && magic[3] == 0xE0;
            if (isOle)
                throw new InputFileException(displayName, 0, "", "Ancien format Excel (.xls) non pris en charge : enregistrez le classeur au format .xlsx ou en CSV.");
            if (isZip) return new XlsxTabularReader(stream, displayName, preferredSheets);
            var head = new byte[EncodingDetector.HeadBytes];
            int headLength = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            stream.Position = 0;
            bool binary = EncodingDetector.LooksBinary(head.AsSpan(0, headLength));
            if (displayName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || displayName.EndsWith(".xlsm", StringComparison.OrdinalIgnoreCase))
                throw new InputFileException(displayName, 0, "", binary
                    ? "Le fichier porte l'extension .xlsx mais n'est pas un classeur Excel (archive ZIP attendue) : il est endommagé ou d'un autre format. Enregistrez-le à nouveau depuis Excel ou LibreOffice."
                    : "Le fichier porte l'extension .xlsx mais contient du texte, pas un classeur Excel : c'est sans doute un CSV renommé. Renommez-le en .csv, ou ouvrez-le dans Excel et enregistrez-le au format .xlsx.");
            if (binary)
                throw new InputFileException(displayName, 0, "", "Le fichier n'est pas un tableau texte (CSV) : son contenu est binaire (image, archive, document…). Vérifiez qu'il s'agit du bon fichier, ou exportez le tableau en CSV ou en XLSX.");
            return new CsvTabularReader(stream, displayName);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }
}
