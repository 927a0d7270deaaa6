using System.Text;
using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Interviews.Readers;

/// <summary>
/// Finds the plain text of a REFI-QDA source from its path attribute: <c>internal://X.txt</c> is
/// the entry <c>sources/X.txt</c> (or <c>Sources/X.txt</c>) of the .qdpx archive, or the file of
/// that name in a <c>sources</c> folder beside an unzipped project.qde. <c>absolute://</c> paths and
/// anything outside the project are never read: a project file must not make us open arbitrary
/// files on the machine.
/// </summary>
internal abstract class SourceTextStore
{
    private readonly Dictionary<string, string?> _cache = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The text behind <paramref name="path"/>, or null with the reason in <paramref name="problem"/>.</summary>
    public string? Load(string path, out string? problem)
    {
        problem = null;
        var trimmed = path.Trim();
        if (trimmed.StartsWith("absolute://", StringComparison.OrdinalIgnoreCase))
        {
            problem = "chemin absolu hors du projet, jamais lu";
            return null;
        }
        var name = FileNameOf(trimmed);
        if (name is null)
        {
            problem = $"chemin « {path} » invalide";
            return null;
        }
        if (_cache.TryGetValue(name, out var cached))
        {
            if (cached is null) problem = $"texte « {name} » absent du projet";
            return cached;
        }
        var bytes = Find(name);
        var text = bytes is null ? null : Decode(bytes);
        _cache[name] = text;
        if (text is null) problem = $"texte « {name} » absent du projet";
        return text;
    }

    protected abstract byte[]? Find(string fileName);

    /// <summary>The last level of a REFI path (<c>internal://ABC.txt</c>, <c>relative:///sub/ABC.txt</c>), or null when it is not a plain file name.</summary>
    private static string? FileNameOf(string path)
    {
        int scheme = path.IndexOf("://", StringComparison.Ordinal);
        var rest = scheme >= 0 ? path[(scheme + 3)..] : path;
        int cut = rest.LastIndexOfAny(['/', '\\']);
        var name = cut < 0 ? rest : rest[(cut + 1)..];
        return name.Length == 0 || name == "." || name == ".." || name.Contains('\0') || name.Contains(':') ? null : name;
    }

    /// <summary>REFI-QDA mandates UTF-8; a BOM is dropped and Windows-1252 is the fallback for texts that are not valid UTF-8.</summary>
    private static string Decode(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) span = span[3..];
        else if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode.GetString(span[2..]);
        else if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode.GetString(span[2..]);
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(span);
        }
        catch (DecoderFallbackException)
        {
            return EncodingDetector.Windows1252.GetString(span);
        }
    }

    public static SourceTextStore ForArchive(SafeZipArchive archive, ReadLimits limits) => new ArchiveStore(archive, limits);

    public static SourceTextStore ForFolder(string? folder, ReadLimits limits) => new FolderStore(folder, limits);

    private sealed class ArchiveStore(SafeZipArchive archive, ReadLimits limits) : SourceTextStore
    {
        protected override byte[]? Find(string fileName)
        {
            var entry = archive.Find("sources/" + fileName)
                ?? archive.FindByFileName(fileName).OrderBy(e => e.FullName.Length).ThenBy(e => e.FullName, StringComparer.Ordinal).FirstOrDefault();
            return entry is null ? null : archive.ReadAll(entry, limits.MaxEntryBytes);
        }
    }

    private sealed class FolderStore(string? folder, ReadLimits limits) : SourceTextStore
    {
        protected override byte[]? Find(string fileName)
        {
            if (folder is null) return null;
            foreach (var sub in new[] { "sources", "Sources", "" })
            {
                var candidate = Path.Combine(folder, sub, fileName);
                var info = new FileInfo(candidate);
                if (!info.Exists) continue;
                if (info.Length > limits.MaxEntryBytes)
                    throw new InputFileException(fileName, 0, "", $"Texte source refusé : {SafeZipArchive.Megabytes(info.Length)} Mo, au-delà de la limite de {SafeZipArchive.Megabytes(limits.MaxEntryBytes)} Mo.");
                return File.ReadAllBytes(candidate);
            }
            return null;
        }
    }
}
