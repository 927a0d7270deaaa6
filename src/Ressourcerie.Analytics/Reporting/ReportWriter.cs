using System.Text;
using Ressourcerie.Analytics.Reporting.Charts;
using Ressourcerie.Analytics.Reporting.Excel;

namespace Ressourcerie.Analytics.Reporting;

/// <summary>
/// Writes a <see cref="ReportModel"/>: <c>OUT/rapport-ressourcerie.xlsx</c>, <c>OUT/charts/*.png</c>
/// and <c>*.svg</c>, and <c>OUT/summary.json</c>. Files of a previous run with the same names are
/// replaced; other files in OUT are left alone.
/// </summary>
public static class ReportWriter
{
    public const string WorkbookFileName = "rapport-ressourcerie.xlsx";
    public const string SummaryFileName = "summary.json";
    public const string ChartsFolderName = "charts";

    public static ReportOutput Write(ReportModel report, string outputDirectory)
    {
        Directory.CreateDirectory(outputDirectory);
        var chartsDirectory = Path.Combine(outputDirectory, ChartsFolderName);
        var sheets = report.Sheets;
        var charts = new List<ChartFile>();
        var images = new List<SheetImage>();
        foreach (var chart in report.Charts)
        {
            var file = ChartFile.Save(chart.Plot, chartsDirectory, chart.Stem);
            charts.Add(file);
            var sheet = report.FindSheet(chart.Sheet);
            if (sheet is { Streamed: false })
                images.Add(new SheetImage(sheet.Name, file.PngPath, chart.Description));
        }

        var workbook = Path.Combine(outputDirectory, WorkbookFileName);
        var date = report.GenerationDate.ToDateTime(TimeOnly.MinValue);
        WriteAtomically(workbook, temporary => WorkbookWriter.Write(temporary, sheets, images, date));

        var summary = Path.Combine(outputDirectory, SummaryFileName);
        File.WriteAllText(summary, report.Summary.ToJson(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return new ReportOutput(workbook, summary, charts);
    }

    /// <summary>
    /// Writes to a temporary file then moves it in place, so that a failure half-way never leaves a
    /// truncated workbook that Excel would refuse to open (or an old one mistaken for the new).
    /// </summary>
    private static void WriteAtomically(string path, Action<string> write)
    {
        var temporary = path + ".tmp.xlsx";
        try
        {
            write(temporary);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
