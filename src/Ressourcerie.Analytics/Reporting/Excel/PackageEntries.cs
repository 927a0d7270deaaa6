using System.IO.Compression;

namespace Ressourcerie.Analytics.Reporting.Excel;

/// <summary>
/// Replaces entries of a saved .xlsx package with the content of files, streaming. The Open XML
/// SDK edits a package through System.IO.Packaging, which holds every part written in update mode
/// in memory until the package is closed: the XML of a national inventory sheet (about 700 MB for a
/// million rows) would be held whole. Instead the streamed sheet is written to a file and the
/// package is rewritten once, entry by entry, in create mode (deflate straight to disk), which is
/// constant in memory whatever the sheet's size.
/// </summary>
public static class PackageEntries
{
    /// <param name="path">The .xlsx file, rewritten in place.</param>
    /// <param name="contentByEntry">Entry name in the package (e.g. <c>xl/worksheets/sheet3.xml</c>) → file holding its new content.</param>
    public static void Replace(string path, IReadOnlyDictionary<string, string> contentByEntry)
    {
        if (contentByEntry.Count == 0) return;
        var rewritten = path + ".rewrite.tmp";
        try
        {
            using (var source = ZipFile.OpenRead(path))
            using (var target = ZipFile.Open(rewritten, ZipArchiveMode.Create))
            {
                foreach (var entry in source.Entries)
                {
                    var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                    copy.LastWriteTime = entry.LastWriteTime;
                    using var output = copy.Open();
                    using var input = contentByEntry.TryGetValue(entry.FullName, out var file)
                        ? new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16)
                        : entry.Open();
                    input.CopyTo(output, 1 << 16);
                }
                var missing = contentByEntry.Keys.FirstOrDefault(name => source.GetEntry(name) is null);
                if (missing is not null) throw new InvalidOperationException($"Le classeur n'a pas de partie « {missing} » à remplacer.");
            }
            File.Move(rewritten, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(rewritten)) File.Delete(rewritten);
        }
    }
}
