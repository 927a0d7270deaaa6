using System.Globalization;

namespace Ressourcerie.Analytics.Interviews;

/// <summary>
/// The position of a selection that is not a span of plain text: a region of a PDF page or of a
/// picture (pixels, from the top-left corner), or a time span of a recording (milliseconds).
/// REFI-QDA names these <c>PDFSelection</c>, <c>PictureSelection</c>, <c>AudioSelection</c> and
/// <c>VideoSelection</c>.
/// </summary>
public sealed record MediaLocation(MediaKind Kind)
{
    public int? Page { get; init; }

    public int? FirstX { get; init; }

    public int? FirstY { get; init; }

    public int? SecondX { get; init; }

    public int? SecondY { get; init; }

    public long? BeginMs { get; init; }

    public long? EndMs { get; init; }

    /// <summary>A French description for verbatim tables, e.g. "vidéo 00:14,706 – 00:17,706".</summary>
    public override string ToString()
    {
        string region = FirstX is { } x1 && FirstY is { } y1 && SecondX is { } x2 && SecondY is { } y2
            ? $"zone ({x1}, {y1}) – ({x2}, {y2})"
            : "";
        string span = BeginMs is { } b && EndMs is { } e ? $"{Clock(b)} – {Clock(e)}" : "";
        return Kind switch
        {
            MediaKind.Pdf => Join("PDF", Page is { } p ? $"page {p + 1}" : "", region),
            MediaKind.Picture => Join("image", region),
            MediaKind.Audio => Join("audio", span),
            _ => Join("vidéo", span),
        };
    }

    private static string Join(params string[] parts) => string.Join(' ', parts.Where(p => p.Length > 0));

    private static string Clock(long ms)
    {
        var t = TimeSpan.FromMilliseconds(ms);
        var seconds = t.Seconds.ToString("00", CultureInfo.InvariantCulture) + "," + t.Milliseconds.ToString("000", CultureInfo.InvariantCulture);
        return t.TotalHours >= 1
            ? $"{(int)t.TotalHours}:{t.Minutes:00}:{seconds}"
            : $"{(int)t.TotalMinutes:00}:{seconds}";
    }
}
