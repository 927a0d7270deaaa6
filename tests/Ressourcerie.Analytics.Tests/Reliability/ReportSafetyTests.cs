using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Ressourcerie.Analytics.Tests.TestSupport;
using Ressourcerie.Cli;

namespace Ressourcerie.Analytics.Tests.Reliability;

/// <summary>
/// A data folder written to attack the report: ids, names, labels, brands, projects and verbatims
/// that a spreadsheet would run as formulas (<c>=cmd|' /C calc'!A0</c>, <c>=HYPERLINK(…)</c>,
/// <c>@SOMME</c>, <c>+33</c>, <c>-5</c>), and a respondent whose name is also quoted in a verbatim,
/// a project, and typed by mistake in a status and in a coding's interview id (rows rejected, so
/// that the quality sheet would quote it).
/// Whatever sections the report grows, no cell of the workbook may be a formula, and the
/// respondent's name may appear nowhere in what <c>report</c> writes.
/// </summary>
public sealed class ReportSafetyTests : IDisposable
{
    private const string Respondent = "Hélène Marchal-Dupuis";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Row(params string[] cells) =>
        string.Join(';', cells.Select(c => c.IndexOfAny([';', '"', '\n']) >= 0 ? $"\"{c.Replace("\"", "\"\"")}\"" : c)) + "\r\n";

    private string WriteHostileFolder()
    {
        var data = _folder.File("donnees");
        Directory.CreateDirectory(data);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        File.WriteAllText(Path.Combine(data, "institutions.csv"),
            Row("etablissement_id", "nom", "type", "commune", "region", "latitude", "longitude")
            + Row("=1+1", "@SOMME(A1:A2)", "musée", "+33 Paris", "Île-de-France", "48,86", "2,35")
            + Row("MUS-2", "=HYPERLINK(\"http://exemple.invalid\";\"clic\")", "frac", "-Lyon", "Bretagne", "48,11", "-1,68"), utf8);
        File.WriteAllText(Path.Combine(data, "inventaire.csv"),
            Row("etablissement_id", "categorie", "libelle", "marque", "modele", "quantite", "statut")
            + Row("=1+1", "VP", "=HYPERLINK(\"http://exemple.invalid\";\"x\")", "@Epson", "+EB", "2", "en stock")
            + Row("MUS-2", "=cmd|' /C calc'!A0", "x", "y", "z", "1", "en stock")
            + Row("=1+1", "Écran", "-5", "=A1", "@B2", "3", "en stock")
            + Row("MUS-2", "Tablette", "prêtée par la régie", "", "", "1", Respondent), utf8);
        File.WriteAllText(Path.Combine(data, "besoins.csv"),
            Row("etablissement_id", "categorie", "quantite", "debut", "fin", "projet")
            + Row("MUS-2", "VP", "1", "01/03/2025", "30/03/2025", "=1+2")
            + Row("MUS-2", "Écran", "2", "01/03/2025", "30/03/2025", $"Expo de {Respondent}"), utf8);
        File.WriteAllText(Path.Combine(data, "entretiens.csv"),
            Row("entretien_id", "date", "profil", "etablissement_id", "repondant") + Row("E01", "05/03/2024", "dsi", "=1+1", Respondent), utf8);
        File.WriteAllText(Path.Combine(data, "codages.csv"),
            Row("entretien_id", "code", "extrait", "codeur")
            + Row("E01", "Freins > Coût", $"=cmd|' /C calc'!A0 {Respondent} nous l'a dit", "Alice")
            + Row(Respondent, "Freins > Assurance", "L'assureur refuse.", "Alice"), utf8);
        return data;
    }

    [Fact]
    public void No_cell_of_the_report_is_a_formula_and_no_respondent_name_is_written()
    {
        var data = WriteHostileFolder();
        var output = _folder.File("rapport");

        var (exit, stdout, stderr) = CommandLine.Run("report", "--data", data, "--out", output, "--iterations", "200");

        Assert.True(exit == 0, stderr);
        var formula = new Regex(@"<(\w+:)?f[ >/]");
        using (var zip = ZipFile.OpenRead(Path.Combine(output, "rapport-ressourcerie.xlsx")))
        {
            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
            {
                using var reader = new StreamReader(entry.Open());
                var xml = reader.ReadToEnd();
                if (entry.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal))
                    Assert.False(formula.IsMatch(xml), $"formule dans {entry.FullName}");
                Assert.DoesNotContain("Marchal", xml, StringComparison.OrdinalIgnoreCase);
            }
        }
        foreach (var file in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".png") && !f.EndsWith(".xlsx")))
            Assert.DoesNotContain("Marchal", File.ReadAllText(file), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Marchal", stdout + stderr, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Scenario names become chart file names and summary keys: names that climb out of the output
    /// folder, are absolute or are a formula write nothing outside it, and their texts stay text.
    /// </summary>
    [Fact]
    public void Scenarios_named_to_climb_out_write_only_inside_the_output_folder_and_their_texts_are_no_formulas()
    {
        var data = WriteHostileFolder();
        var names = new[] { "../../../évasion", "/tmp/absolu", "..\\..\\fenêtre", "=HYPERLINK(\"http://exemple.invalid\";\"clic\")" };
        var scenarios = names.Select((name, i) =>
        {
            var path = _folder.File($"scenario-{i}.json");
            File.WriteAllText(path, System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["name"] = name, ["description"] = "@SOMME(A1:A9) -2+3", ["loan_share"] = 0.5, ["horizon_years"] = 3,
            }));
            return path;
        }).ToList();
        var output = _folder.File("sortie").Replace('/', Path.DirectorySeparatorChar);
        var before = Directory.EnumerateFileSystemEntries(_folder.Path, "*", SearchOption.AllDirectories).ToHashSet();
        var stderr = new StringWriter();

        int exit = Program.Run(["report", "--data", data, "--out", output, "--iterations", "100", .. scenarios.SelectMany(s => new[] { "--scenarios", s })], new StringWriter(), stderr);

        Assert.True(exit == 0, stderr.ToString());
        var written = Directory.EnumerateFileSystemEntries(_folder.Path, "*", SearchOption.AllDirectories).Where(e => !before.Contains(e)).ToList();
        Assert.All(written, e => Assert.StartsWith(output + Path.DirectorySeparatorChar, e + Path.DirectorySeparatorChar));
        Assert.False(File.Exists("/tmp/absolu.svg") || Directory.Exists("/tmp/absolu"));
        Assert.All(Directory.GetFiles(Path.Combine(output, "charts")), f => Assert.Matches("^[a-z0-9-]+\\.(png|svg)$", Path.GetFileName(f)));
        Assert.Equal(4, Directory.GetFiles(Path.Combine(output, "charts"), "scenario-*-distribution.svg").Length);
        var formula = new Regex(@"<(\w+:)?f[ >/]");
        using var zip = ZipFile.OpenRead(Path.Combine(output, "rapport-ressourcerie.xlsx"));
        var texts = new StringBuilder();
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            var xml = reader.ReadToEnd();
            if (entry.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)) Assert.False(formula.IsMatch(xml), $"formule dans {entry.FullName}");
            texts.Append(System.Net.WebUtility.HtmlDecode(xml));
        }
        Assert.Contains("=HYPERLINK(\"http://exemple.invalid\"", texts.ToString());
    }
}
