using Microsoft.Data.Analysis;

namespace Ressourcerie.Analytics.Interviews.Frequencies;

/// <summary>
/// Code frequencies within each group of interviews: one row per code and group (codebook order,
/// then group order), and the code × group matrix of any measure.
/// </summary>
/// <param name="Dimension">What the groups are, in French ("profil", "type d'institution").</param>
/// <param name="Groups">Group labels in display order.</param>
public sealed record GroupCodeFrequencyTable(
    string Dimension,
    IReadOnlyList<string> Groups,
    IReadOnlyList<int> GroupInterviews,
    IReadOnlyList<GroupCodeFrequency> Rows)
{
    public const string TotalColumn = "total";

    /// <summary>Long format, percentages rounded to one decimal.</summary>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn("code", Rows.Select(r => r.Code)),
        new StringDataFrameColumn(Dimension, Rows.Select(r => r.Group)),
        new Int32DataFrameColumn("entretiens du groupe", Rows.Select(r => r.GroupInterviews)),
        new Int32DataFrameColumn("segments (propre)", Rows.Select(r => r.Segments)),
        new Int32DataFrameColumn("entretiens (propre)", Rows.Select(r => r.Interviews)),
        new DoubleDataFrameColumn("% entretiens du groupe (propre)", Rows.Select(r => Math.Round(r.InterviewPercent, 1))),
        new Int32DataFrameColumn("segments (avec sous-codes)", Rows.Select(r => r.SegmentsWithSubcodes)),
        new Int32DataFrameColumn("entretiens (avec sous-codes)", Rows.Select(r => r.InterviewsWithSubcodes)),
        new DoubleDataFrameColumn("% entretiens du groupe (avec sous-codes)", Rows.Select(r => Math.Round(r.InterviewPercentWithSubcodes, 1))));

    /// <summary>
    /// Codes in rows, one column per group and a <c>total</c> column over all interviews. Counts are
    /// integers; percentages are of each group's interviews (of all interviews for the total),
    /// rounded to one decimal.
    /// </summary>
    public DataFrame Matrix(FrequencyMeasure measure = FrequencyMeasure.Interviews, CodeCounting counting = CodeCounting.Own)
    {
        var codes = Rows.Select(r => r.Code).Distinct().ToArray();
        var byKey = Rows.ToDictionary(r => (r.Code, r.Group));
        int allInterviews = GroupInterviews.Sum();
        var columns = new List<DataFrameColumn> { new StringDataFrameColumn("code", codes) };

        double Total(string code)
        {
            var cells = Groups.Select(g => byKey[(code, g)]).ToArray();
            if (measure != FrequencyMeasure.InterviewPercent) return cells.Sum(c => c.Value(measure, counting));
            double interviews = cells.Sum(c => c.Value(FrequencyMeasure.Interviews, counting));
            return allInterviews == 0 ? 0 : 100 * interviews / allInterviews;
        }

        foreach (var group in Groups.Append(TotalColumn))
        {
            var values = codes.Select(code => group == TotalColumn ? Total(code) : byKey[(code, group)].Value(measure, counting));
            columns.Add(measure == FrequencyMeasure.InterviewPercent
                ? new DoubleDataFrameColumn(group, values.Select(v => Math.Round(v, 1)))
                : new Int32DataFrameColumn(group, values.Select(v => (int)v)));
        }
        return new DataFrame(columns);
    }
}
