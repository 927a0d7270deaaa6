namespace Ressourcerie.Analytics.Interviews.Agreement;

/// <summary>Agreement between coders on one code (see <see cref="AgreementStatistics"/> for each value).</summary>
public sealed record CodeAgreement(
    string Code,
    int Units,
    double? PercentAgreement,
    double? CohenKappa,
    double? BrennanPredigerKappa,
    double? KrippendorffAlpha,
    IReadOnlyList<string> Notes)
{
    internal static CodeAgreement From(string code, AgreementStatistics s) =>
        new(code, s.Units, s.PercentAgreement, s.CohenKappa, s.BrennanPredigerKappa, s.KrippendorffAlpha, s.Notes);
}
