namespace Ressourcerie.Analytics.Interviews.Writers;

/// <summary>What was written, and what had to be adapted (in French, one sentence per segment or group).</summary>
/// <param name="RelocatedSegments">Segments whose offsets could not be honoured (overlapping excerpts that disagree, a length that does not match the excerpt, a non-text selection) and that were laid out as a new paragraph.</param>
public sealed record RefiQdaWriteResult(string Path, int Sources, int Selections, int Codings, IReadOnlyList<string> RelocatedSegments);
