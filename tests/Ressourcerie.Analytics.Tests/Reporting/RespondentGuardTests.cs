using Ressourcerie.Analytics.Reporting;
using Ressourcerie.Analytics.Reporting.Charts;
using Ressourcerie.Analytics.Reporting.Excel;

namespace Ressourcerie.Analytics.Tests.Reporting;

public sealed class RespondentGuardTests : IDisposable
{
    private static readonly RespondentGuard Guard = new(["Émilie Aubert", "Marc-Antoine Marchal", "Anne de La Tour", null, " "]);

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("Entretien avec Émilie Aubert.", "Entretien avec [nom].")]
    [InlineData("AUBERT Émilie, régisseuse", "[nom], régisseuse")]
    [InlineData("emilie aubert (sans accent ni majuscule)", "[nom] (sans accent ni majuscule)")]
    [InlineData("Demandez à Émilie.", "Demandez à [nom].")]
    [InlineData("Voir MARCHAL pour les câbles", "Voir [nom] pour les câbles")]
    [InlineData("Marc-Antoine Marchal et Anne de La Tour", "[nom] et [nom]")]
    [InlineData("Marc Antoine Marchal", "[nom]")]
    public void Full_names_in_any_form_and_capitalised_first_or_last_names_are_replaced(string text, string expected) =>
        Assert.Equal(expected, Guard.Redact(text));

    [Theory]
    [InlineData("Le musée d'Aubert-sur-Mer")]
    [InlineData("une émilie quelconque")]
    [InlineData("Émilienne et Marchalot")]
    [InlineData("La Tour Eiffel")]
    [InlineData("Marc et Antoine")]
    public void Words_that_only_look_like_a_name_stay(string text) => Assert.Equal(text, Guard.Redact(text));

    [Fact]
    public void A_guard_without_names_changes_nothing()
    {
        var empty = new RespondentGuard([null, "", "  "]);
        Assert.True(empty.IsEmpty);
        Assert.Equal("Émilie Aubert", empty.Redact("Émilie Aubert"));
    }

    [Fact]
    public void Tables_are_redacted_cell_by_cell_headers_and_notes_included()
    {
        var table = new ReportTable("t", [new TableColumn("Saisi par Émilie Aubert"), new TableColumn("Valeur", CellFormat.Integer)],
            [["Émilie", 3], ["Marchal", 4]]) { Note = "Transmis par Marchal." };

        var redacted = Guard.Redact(table);

        Assert.Equal("Saisi par [nom]", redacted.Columns[0].Header);
        Assert.Equal("Transmis par [nom].", redacted.Note);
        Assert.Equal(["[nom]", "[nom]"], redacted.Rows.Select(r => r[0].Text));
        Assert.Equal([3.0, 4.0], redacted.Rows.Select(r => r[1].Number));
    }

    [Fact]
    public void Every_text_of_a_chart_is_redacted_title_axes_ticks_legends_and_labels()
    {
        var plot = GroupedBarChart.Create("Réponses d'Émilie Aubert", ["Émilie", "Marchal", "Autres"],
            [("Série de Marchal", [1, 2, 3]), ("Autre série", [3, 2, 1])], "Codes cités par Émilie");
        var text = plot.Add.Text("Annotation : Marc-Antoine Marchal", 1, 1);
        var line = plot.Add.VerticalLine(1);
        line.LegendText = "Repère d'Émilie";

        Guard.Redact(plot);
        var file = ChartFile.Save(plot, _temp.Path, "garde");

        Assert.Equal("Réponses d'[nom]", plot.Axes.Title.Label.Text);
        Assert.Equal("Codes cités par [nom]", plot.Axes.Left.Label.Text);
        Assert.Equal(["[nom]", "[nom]", "Autres"], plot.Axes.Bottom.TickGenerator.Ticks.OrderBy(t => t.Position).Select(t => t.Label));
        Assert.Equal(["Série de [nom]", "Autre série"], plot.Legend.ManualItems.Select(i => i.LabelText));
        Assert.Equal("Annotation : [nom]", text.LabelText);
        Assert.Equal("Repère d'[nom]", line.LegendText);
        var svg = File.ReadAllText(file.SvgPath);
        Assert.DoesNotContain("Émilie", svg);
        Assert.DoesNotContain("Marchal", svg);
    }

    [Fact]
    public void The_report_redacts_whatever_a_section_writes_sheet_titles_key_figures_findings_charts_and_summary()
    {
        var inputs = Path.Combine(_temp.Path, "donnees");
        Directory.CreateDirectory(inputs);
        var model = MinistryReport.Build(ReportFixtures.Data(inputs), ReportFixtures.Options(), [new CarelessSection()]);

        var text = string.Join("\n", model.Sheets.Select(s => s.Title).Concat(model.Sheets.SelectMany(s => s.Paragraphs))
            .Concat(model.KeyFigures.Select(k => $"{k.Label} {k.Unit}")).Concat(model.Findings.Select(f => f.Text))
            .Concat(model.Charts.Select(c => c.Plot.Axes.Title.Label.Text)).Append(model.Summary.ToJson()));
        Assert.DoesNotContain("Marchal", text);
        Assert.DoesNotContain("Hélène", text);
        Assert.Contains("Entretien de [nom]", text);
    }

    /// <summary>A section that forgets pseudonyms everywhere it can.</summary>
    private sealed class CarelessSection : IReportSection
    {
        public void Contribute(ReportContext context, ReportModel report)
        {
            var name = context.Data.Codings!.Interviews[0].Respondent!;
            report.AddSheet(ReportSheetOrder.Entretiens, $"Entretien de {name}").Paragraph($"Propos de {name.Split(' ')[0]}.");
            report.AddKeyFigure(new KeyFigure("x", $"Citations de {name}", 1, CellFormat.Integer, ReportSheetOrder.Entretiens, $"passages de {name}"));
            report.AddFinding(ReportSheetOrder.Entretiens, $"{name.ToUpperInvariant()} prête ses écrans.");
            report.AddChart(new ReportChart("x", name, GroupedBarChart.Create($"Réponses de {name}", ["a"], [("b", [1])], "c"), ReportSheetOrder.Entretiens));
            report.Summary.Section("x").Set("respondent", name);
        }
    }
}
