namespace Ressourcerie.Analytics.Reporting.Excel;

/// <summary>
/// The content of one worksheet: a title, a few French sentences that say how to read it, then
/// tables one under the other. The rows down to the header of <see cref="FrozenTable"/> stay
/// visible when scrolling.
/// </summary>
public sealed class ReportSheet(string name, string title)
{
    /// <summary>Excel's limit on a sheet name.</summary>
    public const int MaxNameLength = 31;

    public string Name { get; } = name.Length <= MaxNameLength && name.IndexOfAny(['\\', '/', '?', '*', '[', ']', ':']) < 0
        ? name
        : throw new ArgumentException($"Nom de feuille invalide pour Excel : {name}", nameof(name));

    public string Title { get; } = title;

    public List<string> Paragraphs { get; } = [];

    public List<ReportTable> Tables { get; } = [];

    /// <summary>Index in <see cref="Tables"/> of the table whose header row is frozen.</summary>
    public int FrozenTable { get; set; }

    /// <summary>
    /// Written with the streaming writer (constant memory) instead of ClosedXML: for sheets that
    /// may hold hundreds of thousands of rows. Charts cannot be anchored on such a sheet.
    /// </summary>
    public bool Streamed { get; set; }

    public ReportSheet Paragraph(string text)
    {
        Paragraphs.Add(text);
        return this;
    }

    public ReportSheet Table(ReportTable table)
    {
        Tables.Add(table);
        return this;
    }
}
