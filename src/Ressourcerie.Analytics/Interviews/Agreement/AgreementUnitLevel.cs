namespace Ressourcerie.Analytics.Interviews.Agreement;

/// <summary>What counts as one unit when comparing coders' codings (see <see cref="CodingAgreementAnalysis"/>).</summary>
public enum AgreementUnitLevel
{
    /// <summary>
    /// One unit per (interview, code): each coder who coded the interview says whether the code
    /// is present in it (1) or not (0). MAXQDA calls it "code existence in the document".
    /// </summary>
    Document,

    /// <summary>
    /// One unit per passage: a coder's segment and the other coders' segments of the same code that
    /// overlap it enough (MAXQDA's "segment agreement"): agreement when every coder has one.
    /// </summary>
    Segment,
}
