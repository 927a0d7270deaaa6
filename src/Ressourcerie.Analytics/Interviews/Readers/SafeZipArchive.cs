using System.IO.Compression;
using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Interviews.Readers;

/// <summary>
/// A zip archive (a REFI-QDA <c>.qdpx</c>) read without ever touching the disk: the central
/// directory is checked first (entry count, names that climb out of the archive with <c>../</c> or
/// start at a root, declared sizes), then only the entries asked for are inflated, in memory,
/// through a <see cref="CappedStream"/> so that an entry lying about its size stops at the ceiling.
/// </summary>
internal sealed class SafeZipArchive : IDisposable
{
    private readonly ZipArchive _zip;
    private readonly ReadLimits _limits;
    private readonly ByteBudget _budget;

    private SafeZipArchive(ZipArchive zip, string file, ReadLimits limits)
    {
        _zip = zip;
        File = file;
        _limits = limits;
        _budget = new ByteBudget(limits.MaxTotalBytes, max => new InputFileException(file, 0, "",
            $"Archive refusée : son contenu décompressé dépasse {Megabytes(max)} Mo (bombe de décompression probable)."));
    }

    public string File { get; }

    public IReadOnlyCollection<ZipArchiveEntry> Entries => _zip.Entries;

    public static bool HasZipSignature(ReadOnlySpan<byte> head) =>
        head.Length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;

    /// <summary>Opens <paramref name="path"/>, refusing a file that is not a whole zip or lists unsafe entries.</summary>
    public static SafeZipArchive Open(string path, string file, ReadLimits limits)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputFileException(file, 0, "", $"Fichier introuvable ou illisible : {FileAccessProblem.Reading(e, path)}.", e);
        }
        try
        {
            Span<byte> head = stackalloc byte[4];
            int n = stream.ReadAtLeast(head, 4, throwOnEndOfStream: false);
            if (!HasZipSignature(head[..n]))
                throw new InputFileException(file, 0, "",
                    "Le fichier n'est pas une archive ZIP : un projet REFI-QDA (.qdpx) est un zip contenant project.qde. Exportez à nouveau le projet depuis le logiciel d'analyse.");
            stream.Position = 0;
            ZipArchive zip;
            try
            {
                zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
            }
            catch (InvalidDataException e)
            {
                throw new InputFileException(file, 0, "",
                    "Archive ZIP illisible ou tronquée : le fichier est incomplet ou corrompu. Exportez à nouveau le projet.", e);
            }
            var archive = new SafeZipArchive(zip, file, limits);
            archive.CheckDirectory();
            return archive;
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    private void CheckDirectory()
    {
        IReadOnlyCollection<ZipArchiveEntry> entries;
        try
        {
            entries = _zip.Entries;
        }
        catch (InvalidDataException e)
        {
            throw new InputFileException(File, 0, "", "Répertoire de l'archive ZIP illisible : fichier corrompu ou tronqué. Exportez à nouveau le projet.", e);
        }
        if (entries.Count > _limits.MaxEntries)
            throw new InputFileException(File, 0, "", $"Archive refusée : elle contient {entries.Count} fichiers, au-delà de la limite de {_limits.MaxEntries}.");
        foreach (var entry in entries)
        {
            if (IsUnsafeName(entry.FullName))
                throw new InputFileException(File, 0, "",
                    $"Archive refusée : l'élément « {entry.FullName} » sort de l'archive (chemin absolu ou « .. »). Un projet REFI-QDA légitime n'en contient jamais.");
        }
    }

    /// <summary>Names that would land outside a folder if extracted: absolute, drive-rooted, or with a ".." level.</summary>
    public static bool IsUnsafeName(string name)
    {
        if (name.Length == 0 || name.Contains('\0')) return true;
        if (name[0] is '/' or '\\') return true;
        if (name.Length >= 2 && name[1] == ':') return true;
        foreach (var part in name.Split('/', '\\'))
            if (part == "..") return true;
        return false;
    }

    /// <summary>The entry named <paramref name="name"/> (case ignored, "/" or "\" alike), or null.</summary>
    public ZipArchiveEntry? Find(string name)
    {
        var wanted = name.Replace('\\', '/');
        return _zip.Entries.FirstOrDefault(e => string.Equals(e.FullName.Replace('\\', '/'), wanted, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Entries whose file name (last level) is <paramref name="fileName"/>, case ignored.</summary>
    public IEnumerable<ZipArchiveEntry> FindByFileName(string fileName) =>
        _zip.Entries.Where(e => string.Equals(LastLevel(e.FullName), fileName, StringComparison.OrdinalIgnoreCase));

    private static string LastLevel(string name)
    {
        int cut = name.LastIndexOfAny(['/', '\\']);
        return cut < 0 ? name : name[(cut + 1)..];
    }

    /// <summary>Inflates <paramref name="entry"/> into memory, at most <paramref name="maxBytes"/> bytes.</summary>
    public byte[] ReadAll(ZipArchiveEntry entry, long maxBytes)
    {
        maxBytes = Math.Min(maxBytes, _limits.MaxEntryBytes);
        if (entry.Length > maxBytes)
            throw TooLarge(entry, maxBytes);
        try
        {
            using var capped = new CappedStream(entry.Open(), maxBytes, _budget, max => TooLarge(entry, max));
            using var buffer = new MemoryStream(entry.Length is > 0 and < int.MaxValue ? (int)entry.Length : 0);
            capped.CopyTo(buffer);
            return buffer.ToArray();
        }
        catch (InvalidDataException e)
        {
            throw new InputFileException(File, 0, "", $"L'élément « {entry.FullName} » de l'archive est corrompu (données compressées endommagées). Exportez à nouveau le projet.", e);
        }
    }

    private InputFileException TooLarge(ZipArchiveEntry entry, long max) =>
        new(File, 0, "", $"Archive refusée : l'élément « {entry.FullName} » se décompresse au-delà de {Megabytes(max)} Mo (bombe de décompression probable ou fichier hors limites).");

    internal static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.##", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"));

    public void Dispose() => _zip.Dispose();
}
