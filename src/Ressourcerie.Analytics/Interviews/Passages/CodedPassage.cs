namespace Ressourcerie.Analytics.Interviews.Passages;

/// <summary>
/// One passage of an interview and every coding applied to it, by any coder: what ATLAS.ti calls a
/// quotation and MAXQDA a coded segment. <see cref="PassageGrouping"/> says which codings share a
/// passage and which passages overlap.
/// </summary>
/// <param name="Index">Rank of the passage in its project's passage list, from 0.</param>
/// <param name="Excerpt">The passage's text, whitespace normalised (empty for a whole document or a picture region).</param>
/// <param name="Segments">The codings of the passage, in the project's order.</param>
public sealed record CodedPassage(
    int Index,
    string InterviewId,
    int? Start,
    int? End,
    int? FirstParagraph,
    int? LastParagraph,
    MediaLocation? Media,
    bool WholeDocument,
    string Excerpt,
    IReadOnlyList<CodedSegment> Segments)
{
    /// <summary>The codes applied to the passage, each once, in the order they were first applied.</summary>
    public IReadOnlyList<string> Codes { get; } = Segments.Select(s => s.CodePath).Distinct(StringComparer.Ordinal).ToArray();

    public bool HasOffsets => Start is not null && End is not null;

    public bool HasParagraphs => FirstParagraph is not null;

    /// <summary>
    /// Whether this passage and <paramref name="other"/>, two passages of one interview, share some
    /// text. The most precise location both carry decides: character offsets (half-open spans
    /// intersect), else paragraph ranges (inclusive ranges intersect: ATLAS.ti and MAXQDA flat
    /// exports locate text by paragraph only, so two passages of one paragraph count as
    /// overlapping), else the time spans or regions of a recording, a picture or a PDF page, else
    /// identical text. A code applied to a whole document describes the document rather than a
    /// passage: it overlaps no passage (it co-occurs only with the document's other whole-document codes).
    /// </summary>
    public bool Overlaps(CodedPassage other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!string.Equals(InterviewId, other.InterviewId, StringComparison.Ordinal)) return false;
        if (WholeDocument || other.WholeDocument) return WholeDocument && other.WholeDocument;
        if (HasOffsets && other.HasOffsets) return Start < other.End && other.Start < End;
        if (HasParagraphs && other.HasParagraphs)
            return FirstParagraph <= (other.LastParagraph ?? other.FirstParagraph) && other.FirstParagraph <= (LastParagraph ?? FirstParagraph);
        if (Media is { } media && other.Media is { } otherMedia && MediaOverlap(media, otherMedia) is { } overlap) return overlap;
        return Excerpt.Length > 0 && string.Equals(Excerpt, other.Excerpt, StringComparison.Ordinal);
    }

    /// <summary>Time spans or regions intersect; null when the two locations cannot be compared.</summary>
    private static bool? MediaOverlap(MediaLocation a, MediaLocation b)
    {
        if (a.Kind != b.Kind) return null;
        if (a is { BeginMs: { } aBegin, EndMs: { } aEnd } && b is { BeginMs: { } bBegin, EndMs: { } bEnd })
            return aBegin < bEnd && bBegin < aEnd;
        if (a is { FirstX: { } ax1, FirstY: { } ay1, SecondX: { } ax2, SecondY: { } ay2 }
            && b is { FirstX: { } bx1, FirstY: { } by1, SecondX: { } bx2, SecondY: { } by2 })
        {
            if (a.Page != b.Page) return false;
            return Math.Min(ax1, ax2) < Math.Max(bx1, bx2) && Math.Min(bx1, bx2) < Math.Max(ax1, ax2)
                && Math.Min(ay1, ay2) < Math.Max(by1, by2) && Math.Min(by1, by2) < Math.Max(ay1, ay2);
        }
        return null;
    }
}
