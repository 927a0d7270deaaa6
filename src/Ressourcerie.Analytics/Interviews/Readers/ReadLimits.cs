namespace Ressourcerie.Analytics.Interviews.Readers;

/// <summary>
/// Ceilings that keep a hostile or broken project file from exhausting memory or disk: archives
/// are never extracted, their entries are inflated in memory and counted byte by byte (the sizes
/// an archive declares can lie), and XML is refused beyond a size and a nesting depth.
/// </summary>
/// <param name="MaxEntryBytes">Largest inflated size of one archive entry that is read (project.qde, a source text).</param>
/// <param name="MaxTotalBytes">Largest inflated total read from one archive.</param>
/// <param name="MaxEntries">Most entries an archive may list.</param>
/// <param name="MaxXmlBytes">Largest XML document read (on disk or inflated).</param>
/// <param name="MaxXmlDepth">Deepest element nesting accepted (REFI-QDA needs about ten levels plus the code hierarchy).</param>
public sealed record ReadLimits(long MaxEntryBytes, long MaxTotalBytes, int MaxEntries, long MaxXmlBytes, int MaxXmlDepth)
{
    public static ReadLimits Default { get; } = new(
        MaxEntryBytes: 256L * 1024 * 1024,
        MaxTotalBytes: 1024L * 1024 * 1024,
        MaxEntries: 100_000,
        MaxXmlBytes: 256L * 1024 * 1024,
        MaxXmlDepth: 256);
}
