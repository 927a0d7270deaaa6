using System.Globalization;
using Microsoft.Data.Analysis;

namespace Ressourcerie.Analytics.Interviews.Saturation;

/// <summary>
/// Thematic saturation by Guest, Namey &amp; Chen (2020), "A simple method to assess and report
/// thematic saturation in qualitative research", PLOS ONE 15(5): e0232076, with the curve of
/// Guest, Bunce &amp; Johnson (2006). Saturation is reached at the end of the first run whose
/// saturation ratio is within the new-information threshold: <see cref="ReachedAtPosition"/> and
/// <see cref="ReachedAtInterviewId"/> name that interview (the first at which the data show
/// saturation); <see cref="InterviewsBeforeRun"/> is the number of interviews the run confirms,
/// which some authors report as the saturation point instead.
/// </summary>
public sealed record SaturationResult(
    int BaseSize,
    int RunLength,
    double NewInformationThreshold,
    int BaseCodes,
    int TotalUniqueCodes,
    bool IsReached,
    int? ReachedAtPosition,
    string? ReachedAtInterviewId,
    int? InterviewsBeforeRun,
    SaturationRun? SaturatingRun,
    IReadOnlyList<SaturationCurvePoint> Curve,
    IReadOnlyList<SaturationRun> Runs,
    string Summary)
{
    /// <summary>The Guest (2006) curve, one row per interview.</summary>
    public DataFrame CurveDataFrame() => new(
        new Int32DataFrameColumn("rang", Curve.Select(p => p.Position)),
        new StringDataFrameColumn("entretien", Curve.Select(p => p.InterviewId)),
        new StringDataFrameColumn("date", Curve.Select(p => p.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
        new Int32DataFrameColumn("codes de l'entretien", Curve.Select(p => p.Codes)),
        new Int32DataFrameColumn("nouveaux codes", Curve.Select(p => p.NewCodes)),
        new Int32DataFrameColumn("codes uniques cumulés", Curve.Select(p => p.CumulativeUniqueCodes)),
        new DoubleDataFrameColumn("% des codes uniques", Curve.Select(p => Math.Round(p.CumulativePercent, 1))));

    /// <summary>Every run examined, one row each, with its ratio in percent.</summary>
    public DataFrame RunsDataFrame() => new(
        new Int32DataFrameColumn("début du run (rang)", Runs.Select(r => r.StartPosition)),
        new Int32DataFrameColumn("fin du run (rang)", Runs.Select(r => r.EndPosition)),
        new StringDataFrameColumn("premier entretien", Runs.Select(r => r.StartInterviewId)),
        new StringDataFrameColumn("dernier entretien", Runs.Select(r => r.EndInterviewId)),
        new Int32DataFrameColumn("nouveaux codes dans le run", Runs.Select(r => r.NewCodes)),
        new Int32DataFrameColumn("codes uniques de la base", Runs.Select(r => r.BaseCodes)),
        new DoubleDataFrameColumn("ratio de saturation (%)", Runs.Select(r => double.IsNaN(r.SaturationRatio) ? (double?)null : Math.Round(100 * r.SaturationRatio, 1))),
        new BooleanDataFrameColumn("sous le seuil", Runs.Select(r => r.WithinThreshold)));
}
