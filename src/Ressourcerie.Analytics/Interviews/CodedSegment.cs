using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Interviews;

/// <summary>
/// One coding: a code applied by a coder to an excerpt of an interview. A quotation that carries
/// three codes is three segments sharing offsets and excerpt.
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
    SourceLocation Source);
