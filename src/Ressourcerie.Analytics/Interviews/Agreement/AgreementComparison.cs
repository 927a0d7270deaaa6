namespace Ressourcerie.Analytics.Interviews.Agreement;

/// <summary>
/// One unit of an intercoder comparison, to find and discuss disagreements: the interview, the
/// code, the passage's offsets (segment level), and for each coder (in
/// <see cref="CodingAgreement.Coders"/> order) whether they coded it, or null when that coder did
/// not code the interview at all.
/// </summary>
public sealed record AgreementComparison(
    string InterviewId,
    string Code,
    int? Start,
    int? End,
    IReadOnlyList<bool?> CodedBy)
{
    public bool Agrees => CodedBy.OfType<bool>().Distinct().Count() <= 1;
}
