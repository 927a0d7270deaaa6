using System.IO.Compression;
using System.Text.Json;
using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Interviews;
using Ressourcerie.Analytics.Interviews.Readers;
using Ressourcerie.Analytics.Tests.Interviews.Readers;
using Ressourcerie.Analytics.Tests.SampleData;
using Ressourcerie.Analytics.Tests.TestSupport;
using static Ressourcerie.Analytics.Tests.TestSupport.CommandLine;

namespace Ressourcerie.Analytics.Tests.Cli;

/// <summary>`ressourcerie interviews stats|agreement|export`, run in-process as scripts run it.</summary>
public class InterviewsCommandTests
{
    private static JsonElement Json(params string[] args)
    {
        var (exit, stdout, stderr) = Run([.. args, "--format", "json"]);
        Assert.True(exit == 0, stderr);
        Assert.Equal("", stderr);
        return JsonDocument.Parse(stdout).RootElement.Clone();
    }

    private static readonly string AtlasTi = QdaFixtures.Path("atlasti", "quotation_export.csv");

    [Fact]
    public void Stats_on_the_sample_count_interviews_codes_passages_and_codings()
    {
        var json = Json("interviews", "stats", "--codings", RepositoryPaths.SampleData);

        Assert.Equal("ressourcerie", json.GetProperty("format").GetString());
        Assert.Equal(20, json.GetProperty("interviews").GetInt32());
        // 37 leaf codes under 9 parents (data/sample/README.md).
        Assert.Equal(46, json.GetProperty("codes").GetInt32());
        Assert.Equal(238, json.GetProperty("segments").GetInt32());
        Assert.Equal(491, json.GetProperty("codings").GetInt32());
        Assert.Equal(["Léa", "Thomas"], json.GetProperty("coders").EnumerateArray().Select(c => c.GetString()));
        var quality = json.GetProperty("quality");
        Assert.Equal((511, 511, 0), (quality.GetProperty("rows_read").GetInt64(), quality.GetProperty("rows_accepted").GetInt64(), quality.GetProperty("rows_rejected").GetInt64()));
    }

    [Fact]
    public void Stats_code_frequencies_count_distinct_passages_and_interviews_of_the_codings_file()
    {
        var json = Json("interviews", "stats", "--codings", RepositoryPaths.SampleData);
        var table = CsvTable.Read(Path.Combine(RepositoryPaths.SampleData, "codages.csv"));
        var rows = table.Rows.Select(r => (Interview: table.Cell(r, "Identifiant entretien"), Code: table.Cell(r, "Code"), Start: table.Cell(r, "Début"), End: table.Cell(r, "Fin"))).ToList();

        var frequencies = json.GetProperty("code_frequencies").EnumerateArray().ToDictionary(e => e.GetProperty("code").GetString()!);
        foreach (var code in new[] { "Freins > Transport", "Stockage > Matériel dormant", "Leviers > Catalogue commun" })
        {
            var coded = rows.Where(r => r.Code == code).ToList();
            var entry = frequencies[code];
            // The sample gives every passage its offsets: a passage is (interview, start, end).
            Assert.Equal(coded.Select(r => (r.Interview, r.Start, r.End)).Distinct().Count(), entry.GetProperty("segments").GetInt32());
            Assert.Equal(coded.Select(r => r.Interview).Distinct().Count(), entry.GetProperty("interviews").GetInt32());
        }
    }

    [Fact]
    public void Stats_on_the_real_ATLAS_ti_export_give_394_quotations_and_1465_codings()
    {
        var json = Json("interviews", "stats", "--codings", AtlasTi);

        Assert.Equal("atlas.ti", json.GetProperty("format").GetString());
        Assert.Equal(1, json.GetProperty("interviews").GetInt32());
        Assert.Equal(394, json.GetProperty("segments").GetInt32());
        Assert.Equal(1465, json.GetProperty("codings").GetInt32());
        Assert.Empty(json.GetProperty("coders").EnumerateArray());
        var protocol = json.GetProperty("code_frequencies").EnumerateArray()
            .Single(e => e.GetProperty("code").GetString() == "T1. Edge Connectivity & Communication Protocols > Communication Protocol");
        Assert.Equal(44, protocol.GetProperty("segments").GetInt32());
    }

    [Fact]
    public void Stats_on_the_REFI_QDA_specification_project_count_selections_as_segments()
    {
        var json = Json("interviews", "stats", "--codings", QdaFixtures.Path("refi", "spec_A2_simple_project_ATLAS.ti-8.4.qde"));

        // 14 codings on 11 distinct selections (the reader already joins a PDF selection and its text representation).
        Assert.Equal(("refi-qda", 12, 14, 11, 14), (json.GetProperty("format").GetString(), json.GetProperty("interviews").GetInt32(),
            json.GetProperty("codes").GetInt32(), json.GetProperty("segments").GetInt32(), json.GetProperty("codings").GetInt32()));
    }

    [Fact]
    public void Stats_text_is_a_French_summary_and_a_table()
    {
        var (exit, stdout, stderr) = Run("interviews", "stats", "--codings", RepositoryPaths.SampleData);

        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        var lines = stdout.Split('\n', StringSplitOptions.TrimEntries);
        Assert.Contains("20 entretiens, 46 codes (37 appliqués), 238 segments (passages distincts), 491 codages, 2 codeurs (Léa, Thomas).", lines);
        Assert.Contains(lines, l => l.StartsWith("Code ") && l.Contains("Segments") && l.Contains("Entretiens"));
        Assert.Contains(lines, l => l.StartsWith("Matériel dormant ") && l.EndsWith(" 26"));
    }

    [Fact]
    public void Rejected_rows_are_listed_with_the_results_and_do_not_stop_the_work()
    {
        var json = Json("interviews", "stats", "--codings", QdaFixtures.Path("layout"));

        var quality = json.GetProperty("quality");
        Assert.True(quality.GetProperty("rows_rejected").GetInt64() > 0);
        Assert.Equal(quality.GetProperty("rows_read").GetInt64(), quality.GetProperty("rows_accepted").GetInt64() + quality.GetProperty("rows_rejected").GetInt64());
        Assert.Contains(quality.GetProperty("issues").EnumerateArray(), i => i.GetProperty("file").GetString() == "codages.csv" && i.GetProperty("severity").GetString() == "error" && i.GetProperty("row").GetInt32() > 1);
    }

    [Fact]
    public void Agreement_on_the_sample_has_the_contract_keys_and_the_library_values()
    {
        var json = Json("interviews", "agreement", "--codings", RepositoryPaths.SampleData, "--coders", "Léa,Thomas");
        var expected = new InterviewAnalysis(CodingsReader.Read(RepositoryPaths.SampleData, new DataQualityReport())).Agreement(["Léa", "Thomas"]);

        Assert.Equal("document", json.GetProperty("level").GetString());
        Assert.Equal(["Léa", "Thomas"], json.GetProperty("coders").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(["ENT-01", "ENT-02", "ENT-07", "ENT-11", "ENT-18", "ENT-20"], json.GetProperty("interviews").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(expected.Units, json.GetProperty("units").GetInt32());
        Assert.Equal(expected.PercentAgreement!.Value, json.GetProperty("percent_agreement").GetDouble());
        Assert.Equal(expected.CohenKappa!.Value, json.GetProperty("cohen_kappa").GetDouble());
        Assert.Equal(expected.KrippendorffAlpha!.Value, json.GetProperty("krippendorff_alpha").GetDouble());
        Assert.Equal(expected.ByCode.Count, json.GetProperty("by_code").GetArrayLength());
        Assert.All(json.GetProperty("by_code").EnumerateArray(), c =>
        {
            foreach (var key in new[] { "code", "units", "percent_agreement", "cohen_kappa", "brennan_prediger_kappa", "krippendorff_alpha", "notes" })
                Assert.True(c.TryGetProperty(key, out _), key);
        });
    }

    [Fact]
    public void Agreement_by_segment_reports_undefined_kappa_and_alpha_as_null_with_a_note()
    {
        var json = Json("interviews", "agreement", "--codings", RepositoryPaths.SampleData, "--unit", "segment");

        Assert.Equal("segment", json.GetProperty("level").GetString());
        Assert.Equal(0.9, json.GetProperty("minimum_overlap").GetDouble());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("cohen_kappa").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("krippendorff_alpha").ValueKind);
        Assert.Equal(JsonValueKind.Number, json.GetProperty("percent_agreement").ValueKind);
        Assert.Contains(json.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("niveau des segments"));
        Assert.Equal("segment", Json("interviews", "agreement", "--codings", RepositoryPaths.SampleData, "--level", "segment").GetProperty("level").GetString());
    }

    [Theory]
    [InlineData("0.8")]
    [InlineData("0,8")]
    public void The_minimum_overlap_is_read_with_a_point_or_a_comma(string overlap) =>
        Assert.Equal(0.8, Json("interviews", "agreement", "--codings", RepositoryPaths.SampleData, "--unit", "segment", "--min-overlap", overlap)
            .GetProperty("minimum_overlap").GetDouble());

    [Theory]
    [InlineData("1.5")]
    [InlineData("0")]
    [InlineData("beaucoup")]
    public void A_minimum_overlap_outside_0_1_is_a_wrong_command_line(string overlap)
    {
        var (exit, _, stderr) = Run("interviews", "agreement", "--codings", RepositoryPaths.SampleData, "--unit", "segment", "--min-overlap", overlap);

        Assert.Equal(2, exit);
        Assert.Contains("--min-overlap", stderr);
    }

    [Fact]
    public void An_unknown_coder_exits_2_listing_the_coders_found()
    {
        var (exit, stdout, stderr) = Run("interviews", "agreement", "--codings", RepositoryPaths.SampleData, "--coders", "Léa,Paul", "--format", "json");

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.StartsWith("Erreur : Codeur inconnu : « Paul »", stderr);
        Assert.Contains("Léa, Thomas", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Theory]
    [InlineData("Léa")]
    [InlineData("Léa,léa")]
    public void Fewer_than_two_coders_exit_2_listing_the_coders_found(string coders)
    {
        var (exit, _, stderr) = Run("interviews", "agreement", "--codings", RepositoryPaths.SampleData, "--coders", coders);

        Assert.Equal(2, exit);
        Assert.Contains("au moins deux codeurs", stderr);
        Assert.Contains("Codeurs trouvés dans", stderr);
        Assert.Contains("Léa, Thomas", stderr);
    }

    [Fact]
    public void A_project_without_coders_exits_1_saying_none_was_found()
    {
        var (exit, _, stderr) = Run("interviews", "agreement", "--codings", AtlasTi);

        Assert.Equal(1, exit);
        Assert.Contains("le projet en compte 0", stderr);
        Assert.Contains("aucun", stderr);
    }

    [Fact]
    public void Agreement_text_gives_the_coefficients_in_French()
    {
        var (exit, stdout, _) = Run("interviews", "agreement", "--codings", RepositoryPaths.SampleData);

        Assert.Equal(0, exit);
        Assert.Contains("Accord intercodeurs : Léa, Thomas", stdout);
        Assert.Contains("6 entretiens comparés", stdout);
        Assert.Matches(@"Alpha de Krippendorff\s+0,\d{3}", stdout);
        Assert.Matches(@"Accord\s+\d+,\d\u00A0%", stdout);
    }

    [Theory]
    [InlineData("stats")]
    [InlineData("agreement")]
    [InlineData("export")]
    public void An_unreadable_file_exits_1_naming_it_without_a_stack_trace(string subcommand)
    {
        using var folder = new TempFolder();
        var path = folder.Write("projet.qdpx", "pas une archive");

        var (exit, stdout, stderr) = Run(["interviews", subcommand, "--codings", path, .. subcommand == "export" ? new[] { "--out", folder.File("sortie.qdpx") } : []]);

        Assert.Equal(1, exit);
        Assert.Equal("", stdout);
        Assert.StartsWith("projet.qdpx : erreur :", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.False(File.Exists(folder.File("sortie.qdpx")));
    }

    [Fact]
    public void A_folder_without_codings_exits_1()
    {
        using var folder = new TempFolder();
        folder.Write("institutions.csv", "etablissement_id;nom\nM1;Musée\n");

        var (exit, _, stderr) = Run("interviews", "stats", "--codings", folder.Path);

        Assert.Equal(1, exit);
        Assert.Contains("Aucun fichier de codages", stderr);
    }

    [Fact]
    public void An_unreadable_codings_file_in_a_data_folder_is_listed_by_validate_and_stops_report_without_a_crash()
    {
        using var folder = new TempFolder();
        folder.Write("institutions.csv", "etablissement_id;nom;type\nM1;Musée;musée\n");
        folder.Write("projet.qdpx", "pas une archive");

        var validate = Run("validate", "--data", folder.Path);
        var report = Run("report", "--data", folder.Path, "--out", folder.File("out"));

        Assert.Equal(1, validate.Exit);
        Assert.Contains("projet.qdpx : erreur :", validate.Out);
        Assert.Equal(1, report.Exit);
        Assert.Contains("projet.qdpx", report.Error);
        Assert.DoesNotContain("   at ", report.Error);
        Assert.False(File.Exists(folder.File("out/rapport-ressourcerie.xlsx")));
    }

    [Fact]
    public void Export_writes_a_REFI_QDA_project_that_reads_back_with_the_same_passages_and_no_respondent_name()
    {
        using var folder = new TempFolder();
        var target = folder.File("entretiens.qdpx");

        var (exit, stdout, stderr) = Run("interviews", "export", "--codings", RepositoryPaths.SampleData, "--out", target);

        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        Assert.Contains("Projet REFI-QDA écrit", stdout);
        var back = CodingsReader.Read(target, new DataQualityReport());
        Assert.Equal(CodingFormats.RefiQda, back.Format);
        Assert.Equal(491, back.Segments.Count);
        Assert.Equal(238, new InterviewAnalysis(back).Passages().Count);
        var respondents = CsvTable.Read(Path.Combine(RepositoryPaths.SampleData, "entretiens.csv")).Column("Répondant").ToList();
        var archive = ArchiveText(target);
        Assert.All(respondents, name => Assert.DoesNotContain(name, archive));
    }

    [Fact]
    public void Export_writes_respondent_names_only_when_asked_and_warns_on_stderr()
    {
        using var folder = new TempFolder();
        var target = folder.File("avec-noms.qdpx");

        var json = Run("interviews", "export", "--codings", RepositoryPaths.SampleData, "--out", target, "--include-respondent-names", "--format", "json");

        Assert.Equal(0, json.Exit);
        Assert.Contains("données personnelles", json.Error);
        using var document = JsonDocument.Parse(json.Out);
        Assert.True(document.RootElement.GetProperty("respondent_names").GetBoolean());
        Assert.Equal(491, document.RootElement.GetProperty("codings").GetInt32());
        Assert.Contains("Olivier Poulain", ArchiveText(target));
    }

    [Fact]
    public void Export_to_a_file_that_is_not_qdpx_is_a_wrong_command_line()
    {
        var (exit, _, stderr) = Run("interviews", "export", "--codings", RepositoryPaths.SampleData, "--out", "sortie.zip");

        Assert.Equal(2, exit);
        Assert.Contains(".qdpx", stderr);
    }

    [Theory]
    [InlineData("stats")]
    [InlineData("agreement")]
    [InlineData("export")]
    public void Help_is_French_with_an_example(string subcommand)
    {
        var (exit, stdout, _) = Run("interviews", subcommand, "--help");

        Assert.Equal(0, exit);
        Assert.Contains("Utilisation", stdout);
        Assert.Contains($"ressourcerie interviews {subcommand} --codings", stdout);
        Assert.DoesNotContain("[default:", stdout);
        Assert.DoesNotContain("REQUIRED", stdout);
    }

    private static string ArchiveText(string qdpx)
    {
        using var zip = ZipFile.OpenRead(qdpx);
        return string.Concat(zip.Entries.Select(e =>
        {
            using var reader = new StreamReader(e.Open());
            return reader.ReadToEnd();
        }));
    }
}
