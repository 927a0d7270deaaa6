using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Interviews;

/// <summary>
/// One coding: a code applied by a coder to an excerpt of an interview. A quotation that carries
/// three codes is three segments sharing offsets and excerpt (and <see cref="SelectionId"/> when
/// the tool names its quotations).
/// </summary>
/// <param name="Start">Start offset in Unicode code points (REFI-QDA convention), when known.</param>
/// <param name="End">End offset, exclusive, when known.</param>
public sealed record CodedSegment(
    string InterviewId,
    string CodePath,
    string Excerpt,
    string? Coder,
    int? Start,
    int? End,
    SourceLocation Source)
{
    /// <summary>
    /// The quotation, selection or highlight this coding belongs to, as the tool identifies it
    /// (ATLAS.ti "1:12", a REFI-QDA selection GUID, a Taguette highlight id); null when the tool
    /// has no such notion.
    /// </summary>
    public string? SelectionId { get; init; }

    /// <summary>The comment or memo the coder attached to the segment.</summary>
    public string? Memo { get; init; }

    /// <summary>First paragraph of the segment (1-based), for tools that locate text by paragraph (ATLAS.ti, MAXQDA).</summary>
    public int? FirstParagraph { get; init; }

    /// <summary>Last paragraph of the segment (1-based, inclusive).</summary>
    public int? LastParagraph { get; init; }

    /// <summary>Where a non-text selection lies (PDF region, picture area, audio or video span).</summary>
    public MediaLocation? Media { get; init; }

    /// <summary>True when the code was applied to the whole document rather than to a passage.</summary>
    public bool WholeDocument { get; init; }

    /// <summary>When the coding was made, as the tool recorded it.</summary>
    public DateTime? CreatedAt { get; init; }
}
