using ClosedXML.Excel;
using Ressourcerie.Analytics.Reporting;
using Ressourcerie.Analytics.Tests.Reporting.Excel;
using Ressourcerie.Analytics.Tests.SampleData;
using Ressourcerie.Analytics.Tests.TestSupport;

namespace Ressourcerie.Analytics.Tests.Reporting;

/// <summary>
/// The ministry report of the committed sample, built and written once for a test class (dated
/// 15 June 2025, seed 42, few Monte Carlo iterations), with its workbook opened as a user's script
/// would open it.
/// </summary>
public sealed class SampleReportWorkbook : IDisposable
{
    private readonly TempDirectory _temp = new();

    public SampleReportWorkbook()
    {
        Study = Study.Load(RepositoryPaths.SampleData, FixedClock.Options(2025));
        Options = new ReportOptions
        {
            Seed = 42,
            Iterations = 200,
            Clock = new FixedClock(new DateTimeOffset(2025, 6, 15, 12, 0, 0, TimeSpan.Zero)),
            Environment = _ => null,
            ToolkitVersion = "test",
        };
        Data = ReportData.From(Study, Options);
        Model = MinistryReport.Build(Data, Options);
        Output = ReportWriter.Write(Model, Path.Combine(_temp.Path, "out"));
        Workbook = ClosedXmlReader.Open(Output.WorkbookPath);
    }

    public Study Study { get; }

    public ReportOptions Options { get; }

    public ReportData Data { get; }

    public ReportModel Model { get; }

    public ReportOutput Output { get; }

    public XLWorkbook Workbook { get; }

    public string ChartsDirectory => Path.Combine(Path.GetDirectoryName(Output.WorkbookPath)!, ReportWriter.ChartsFolderName);

    /// <summary>The data rows of a table, each as header → cell.</summary>
    public static List<Dictionary<string, IXLCell>> Rows(IXLTable table)
    {
        var headers = table.HeadersRow().Cells().Select(c => c.GetString()).ToList();
        return [.. table.DataRange.Rows().Select(row => headers.Select((h, i) => (h, cell: row.Cell(i + 1))).ToDictionary(p => p.h, p => (IXLCell)p.cell))];
    }

    public void Dispose()
    {
        Workbook.Dispose();
        _temp.Dispose();
    }
}
