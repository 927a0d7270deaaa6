using System.Text.Json.Serialization;
using Microsoft.Data.Analysis;

namespace Ressourcerie.Analytics.Interviews.Agreement;

/// <summary>
/// Intercoder agreement on a coding project: overall (all codes pooled) and per code, with the
/// units compared. The overall values are top-level properties so that the record serialises to
/// the <c>interviews agreement</c> JSON (<c>percent_agreement</c>, <c>cohen_kappa</c>,
/// <c>krippendorff_alpha</c>, <c>units</c>) as it is.
/// </summary>
/// <param name="Interviews">Interviews coded by at least two of the coders, the only ones compared.</param>
/// <param name="MinimumOverlap">Segment level: the share of the longer span two segments must share to match; null at document level.</param>
public sealed record CodingAgreement(
    AgreementUnitLevel Level,
    IReadOnlyList<string> Coders,
    IReadOnlyList<string> Interviews,
    double? MinimumOverlap,
    int Units,
    double? PercentAgreement,
    double? CohenKappa,
    double? BrennanPredigerKappa,
    double? KrippendorffAlpha,
    IReadOnlyList<string> Notes,
    IReadOnlyList<CodeAgreement> ByCode,
    [property: JsonIgnore] IReadOnlyList<AgreementComparison> Comparisons)
{
    public const string OverallLabel = "(ensemble des codes)";

    /// <summary>One row per code, then the overall row; column names in French.</summary>
    public DataFrame ToDataFrame()
    {
        var rows = ByCode.Append(new CodeAgreement(OverallLabel, Units, PercentAgreement, CohenKappa, BrennanPredigerKappa, KrippendorffAlpha, Notes)).ToArray();
        return new DataFrame(
            new StringDataFrameColumn("code", rows.Select(r => r.Code)),
            new Int32DataFrameColumn("unités", rows.Select(r => r.Units)),
            new DoubleDataFrameColumn("accord (%)", rows.Select(r => r.PercentAgreement)),
            new DoubleDataFrameColumn("kappa de Cohen", rows.Select(r => r.CohenKappa)),
            new DoubleDataFrameColumn("kappa de Brennan et Prediger", rows.Select(r => r.BrennanPredigerKappa)),
            new DoubleDataFrameColumn("alpha de Krippendorff", rows.Select(r => r.KrippendorffAlpha)),
            new StringDataFrameColumn("remarques", rows.Select(r => string.Join(" ", r.Notes))));
    }

    /// <summary>The units on which coders disagree, one column per coder ("oui", "non", or empty when the coder did not code the interview).</summary>
    public DataFrame DisagreementsDataFrame()
    {
        var rows = Comparisons.Where(c => !c.Agrees).ToArray();
        var columns = new List<DataFrameColumn>
        {
            new StringDataFrameColumn("entretien", rows.Select(r => r.InterviewId)),
            new StringDataFrameColumn("code", rows.Select(r => r.Code)),
            new Int32DataFrameColumn("début", rows.Select(r => r.Start)),
            new Int32DataFrameColumn("fin", rows.Select(r => r.End)),
        };
        for (int c = 0; c < Coders.Count; c++)
        {
            int coder = c;
            columns.Add(new StringDataFrameColumn(Coders[c], rows.Select(r => r.CodedBy[coder] switch { true => "oui", false => "non", null => null })));
        }
        return new DataFrame(columns);
    }
}
