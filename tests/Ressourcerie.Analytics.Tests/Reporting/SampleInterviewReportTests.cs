using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Ressourcerie.Analytics.Tests.Reporting.Excel;
using Ressourcerie.Analytics.Tests.SampleData;
using Ressourcerie.Analytics.Tests.TestSupport;

namespace Ressourcerie.Analytics.Tests.Reporting;

/// <summary>`ressourcerie report` on data/sample, run once in-process, as the team runs it.</summary>
public sealed class SampleReport : IDisposable
{
    private readonly TempDirectory _temp = new();

    public SampleReport()
    {
        (Exit, Stdout, Stderr) = CommandLine.Run("report", "--data", RepositoryPaths.SampleData, "--out", _temp.Path, "--seed", "42", "--iterations", "200");
    }

    public int Exit { get; }

    public string Stdout { get; }

    public string Stderr { get; }

    public string Workbook => Path.Combine(_temp.Path, "rapport-ressourcerie.xlsx");

    public string SummaryJson => Path.Combine(_temp.Path, "summary.json");

    public string Charts => Path.Combine(_temp.Path, "charts");

    public void Dispose() => _temp.Dispose();
}

public sealed class SampleInterviewReportTests(SampleReport report) : IClassFixture<SampleReport>
{
    private static readonly Study Study = Study.Load(RepositoryPaths.SampleData);

    [Fact]
    public void The_report_has_the_three_interview_sheets_in_order_with_their_charts_beside_their_tables()
    {
        Assert.True(report.Exit == 0, report.Stderr);
        using var workbook = ClosedXmlReader.Open(report.Workbook);
        var names = workbook.Worksheets.Select(w => w.Name).ToList();
        Assert.Equal(["Synthèse", "Entretiens", "Codes et co-occurrences", "Verbatims"], names.Take(4));

        foreach (var stem in new[] { "entretiens-codes-par-profil", "entretiens-saturation", "codes-cooccurrences" })
        {
            Assert.True(File.Exists(Path.Combine(report.Charts, stem + ".png")), stem);
            Assert.True(File.Exists(Path.Combine(report.Charts, stem + ".svg")), stem);
        }
        Assert.Equal(2, Pictures(report.Workbook, "Entretiens"));
        Assert.Equal(1, Pictures(report.Workbook, "Codes et co-occurrences"));
        Assert.Equal(0, Pictures(report.Workbook, "Verbatims"));
    }

    [Fact]
    public void No_respondent_name_reaches_the_workbook_the_charts_or_the_summary()
    {
        var respondents = CsvTable.Read(Path.Combine(RepositoryPaths.SampleData, "entretiens.csv")).Column("Répondant").ToList();
        Assert.Equal(20, respondents.Count);
        var patterns = respondents.SelectMany(NamePatterns).ToList();

        var texts = new List<(string Where, string Text)>();
        using (var workbook = ClosedXmlReader.Open(report.Workbook))
            foreach (var sheet in workbook.Worksheets)
                texts.AddRange(sheet.CellsUsed().Select(c => ($"{sheet.Name}!{c.Address}", c.GetString())));
        using (var zip = ZipFile.OpenRead(report.Workbook))
            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml") || e.FullName.EndsWith(".rels")))
            {
                using var reader = new StreamReader(entry.Open());
                texts.Add((entry.FullName, WebUtility.HtmlDecode(reader.ReadToEnd())));
            }
        foreach (var svg in Directory.GetFiles(report.Charts, "*.svg"))
            texts.AddRange(Regex.Matches(File.ReadAllText(svg), @"<(text|title|desc)\b[^>]*>(.*?)</\1>", RegexOptions.Singleline)
                .Select(m => (Path.GetFileName(svg), WebUtility.HtmlDecode(m.Groups[2].Value).Trim())));
        texts.Add(("summary.json", File.ReadAllText(report.SummaryJson)));
        texts.Add(("sortie de la commande", report.Stdout));
        Assert.Contains(texts, t => t.Where.EndsWith(".svg") && t.Text.Length > 0);

        var leaks = texts.SelectMany(t => patterns.Where(p => p.IsMatch(t.Text)).Select(p => $"{t.Where} : {p} dans « {t.Text[..Math.Min(120, t.Text.Length)]} »")).ToList();
        Assert.Empty(leaks);
    }

    [Fact]
    public void Verbatims_of_the_workbook_are_the_library_s_redacted_verbatims_in_text_cells()
    {
        var analysis = Study.Interviews!;
        var expected = analysis.CodeFrequencies().Rows.Where(r => r.Segments > 0)
            .SelectMany(r => analysis.Verbatims(r.Code))
            .Select(v => (v.Code, v.Excerpt, v.Pseudonym, v.InterviewId, string.Join(", ", v.Coders)))
            .ToList();

        using var workbook = ClosedXmlReader.Open(report.Workbook);
        var rows = Rows(workbook.Worksheet("Verbatims").Table("T_verbatims"));
        var actual = rows.Select(r => (r["Code"].GetString(), r["Extrait"].GetString(), r["Pseudonyme"].GetString(), r["Entretien"].GetString(), r["Codeurs"].GetString())).ToList();

        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(expected, actual);
        Assert.Contains(actual, v => v.Item2.Contains("[nom]"));
        Assert.Contains(actual, v => v.Item2.Contains("[courriel]") || v.Item2.Contains("[téléphone]"));

        // Verbatims that start like a formula are text cells, with Excel's quote prefix (cells a merged paragraph covers hold no value).
        var sheet = XlsxPackage.Sheet(report.Workbook, "Verbatims");
        var strings = XlsxPackage.SharedStrings(report.Workbook);
        var triggers = sheet.Descendants(XlsxPackage.Main + "c")
            .Where(c => (string?)c.Attribute("t") == "s" && c.Element(XlsxPackage.Main + "v") is { } v && strings[int.Parse(v.Value)] is { Length: > 0 } s && s[0] is '=' or '+' or '-' or '@')
            .ToList();
        Assert.NotEmpty(triggers);
        Assert.All(triggers, c => Assert.True(XlsxPackage.HasQuotePrefix(report.Workbook, c), (string?)c.Attribute("r")));
        Assert.DoesNotContain(sheet.Descendants(XlsxPackage.Main + "f"), _ => true);
    }

    [Fact]
    public void The_Entretiens_sheet_and_summary_json_give_the_analyses_figures()
    {
        var analysis = Study.Interviews!;
        var agreement = analysis.Agreement();
        var saturation = analysis.Saturation();
        using var workbook = ClosedXmlReader.Open(report.Workbook);
        var sheet = workbook.Worksheet("Entretiens");

        var crossTable = Rows(sheet.Table("T_entretiens_par_profil_et_type"));
        Assert.Equal(20, crossTable.Single(r => r["Profil"].GetString() == "Total")["Total"].GetDouble());
        var profiles = CsvTable.Read(Path.Combine(RepositoryPaths.SampleData, "entretiens.csv")).Column("Profil").ToList();
        Assert.Equal(profiles.Count(p => p == "dsi"), crossTable.Single(r => r["Profil"].GetString() == "DSI")["Total"].GetDouble());

        var interviews = Rows(sheet.Table("T_liste_des_entretiens"));
        Assert.Equal(20, interviews.Count);
        Assert.Equal(20, interviews.Select(r => r["Pseudonyme"].GetString()).Distinct().Count());
        Assert.Equal(238, interviews.Sum(r => r["Segments"].GetDouble()));

        var overall = Rows(sheet.Table("T_accord_intercodeurs"));
        Assert.Equal(agreement.KrippendorffAlpha!.Value, overall[0]["Alpha de Krippendorff"].GetDouble(), 12);
        Assert.Equal(agreement.PercentAgreement!.Value / 100, overall[0]["Accord"].GetDouble(), 12);
        Assert.True(overall[1]["Alpha de Krippendorff"].IsEmpty());
        Assert.Equal(agreement.ByCode.Count, Rows(sheet.Table("T_accord_par_code")).Count);
        Assert.Equal(20, Rows(sheet.Table("T_saturation")).Count);

        using var json = JsonDocument.Parse(File.ReadAllText(report.SummaryJson));
        var entretiens = json.RootElement.GetProperty("entretiens");
        Assert.Equal((20, 238, 491, 37), (entretiens.GetProperty("interviews").GetInt32(), entretiens.GetProperty("segments").GetInt32(),
            entretiens.GetProperty("codings").GetInt32(), entretiens.GetProperty("codes_applied").GetInt32()));
        Assert.Equal(Math.Round(agreement.KrippendorffAlpha.Value, 6), entretiens.GetProperty("krippendorff_alpha").GetDouble());
        var top = analysis.CodeFrequencies().Rows.OrderByDescending(r => r.Interviews).ThenByDescending(r => r.Segments).First();
        Assert.Equal(top.Code, entretiens.GetProperty("top_codes")[0].GetProperty("code").GetString());
        Assert.Equal(saturation.IsReached, entretiens.GetProperty("saturation").GetProperty("reached").GetBoolean());
        Assert.Equal(saturation.ReachedAtPosition!.Value, entretiens.GetProperty("saturation").GetProperty("position").GetInt32());

        var findings = Rows(workbook.Worksheet("Synthèse").Table("T_constats")).Select(r => r["Constat"].GetString()).ToList();
        Assert.Contains(findings, f => f.StartsWith($"Les freins les plus cités sont « {new Analytics.Interviews.Code(top.Code).Name} » ({top.Interviews} entretiens sur 20)"));
        Assert.Contains(findings, f => f.StartsWith($"La saturation thématique est atteinte à l'entretien n° {saturation.ReachedAtPosition}"));
        Assert.Contains(findings, f => f.StartsWith("Accord intercodeurs sur 6 entretiens codés par Léa et Thomas"));
    }

    /// <summary>The full name in any case and spacing, and each of its words alone (first names, last name), as whole words.</summary>
    private static IEnumerable<Regex> NamePatterns(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        yield return Whole(string.Join(@"[\s\-]+", words.Select(Regex.Escape)));
        foreach (var word in words) yield return Whole(Regex.Escape(word));
    }

    private static Regex Whole(string pattern) =>
        new(@"(?<![\p{L}\p{N}]|\p{L}-)" + pattern + @"(?![\p{L}\p{N}]|-\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static int Pictures(string xlsx, string sheetName)
    {
        var sheet = XlsxPackage.Sheet(xlsx, sheetName);
        if (!sheet.Descendants(XlsxPackage.Main + "drawing").Any()) return 0;
        using var zip = ZipFile.OpenRead(xlsx);
        var workbook = XlsxPackage.Entry(xlsx, "xl/workbook.xml");
        int index = workbook.Descendants(XlsxPackage.Main + "sheet").Select(s => (string?)s.Attribute("name")).ToList().IndexOf(sheetName);
        var rels = XlsxPackage.Entry(xlsx, "xl/_rels/workbook.xml.rels");
        var sheetId = (string)workbook.Descendants(XlsxPackage.Main + "sheet").ElementAt(index).Attributes().Single(a => a.Name.LocalName == "id");
        var sheetTarget = (string)rels.Root!.Elements().Single(r => (string?)r.Attribute("Id") == sheetId).Attribute("Target")!;
        var sheetPath = sheetTarget.StartsWith('/') ? sheetTarget.TrimStart('/') : "xl/" + sheetTarget;
        var sheetRels = XlsxPackage.Entry(xlsx, Path.GetDirectoryName(sheetPath)!.Replace('\\', '/') + "/_rels/" + Path.GetFileName(sheetPath) + ".rels");
        var drawingTarget = (string)sheetRels.Root!.Elements().Single(r => ((string?)r.Attribute("Type"))!.EndsWith("/drawing")).Attribute("Target")!;
        var drawingPath = Path.GetFullPath(Path.Combine("/" + Path.GetDirectoryName(sheetPath), drawingTarget)).TrimStart('/').Replace('\\', '/');
        return XlsxPackage.Entry(xlsx, drawingPath).Descendants().Count(e => e.Name.LocalName == "pic");
    }

    private static List<Dictionary<string, IXLCell>> Rows(IXLTable table)
    {
        var headers = table.HeadersRow().Cells().Select(c => c.GetString()).ToList();
        return [.. table.DataRange.Rows().Select(row => headers.Select((h, i) => (h, cell: row.Cell(i + 1))).ToDictionary(p => p.h, p => (IXLCell)p.cell))];
    }
}
