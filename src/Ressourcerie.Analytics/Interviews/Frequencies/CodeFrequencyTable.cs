using Microsoft.Data.Analysis;

namespace Ressourcerie.Analytics.Interviews.Frequencies;

/// <summary>The frequency of every code of the project (codebook order, unused codes included with 0).</summary>
public sealed record CodeFrequencyTable(int InterviewCount, IReadOnlyList<CodeFrequency> Rows)
{
    public CodeFrequency? Find(string code) => Rows.FirstOrDefault(r => r.Code == code);

    /// <summary>Percentages rounded to one decimal for display; the records keep them exact.</summary>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn("code", Rows.Select(r => r.Code)),
        new Int32DataFrameColumn("niveau", Rows.Select(r => r.Depth)),
        new Int32DataFrameColumn("segments (propre)", Rows.Select(r => r.Segments)),
        new Int32DataFrameColumn("entretiens (propre)", Rows.Select(r => r.Interviews)),
        new DoubleDataFrameColumn("% entretiens (propre)", Rows.Select(r => Math.Round(r.InterviewPercent, 1))),
        new Int32DataFrameColumn("segments (avec sous-codes)", Rows.Select(r => r.SegmentsWithSubcodes)),
        new Int32DataFrameColumn("entretiens (avec sous-codes)", Rows.Select(r => r.InterviewsWithSubcodes)),
        new DoubleDataFrameColumn("% entretiens (avec sous-codes)", Rows.Select(r => Math.Round(r.InterviewPercentWithSubcodes, 1))));
}
