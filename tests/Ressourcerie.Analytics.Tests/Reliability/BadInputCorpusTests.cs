using System.Text.Json;
using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Interviews.Readers;
using Ressourcerie.Analytics.Tests.TestSupport;

namespace Ressourcerie.Analytics.Tests.Reliability;

/// <summary>
/// The corpus of bad inputs (<c>Fixtures/BadInputs/*/</c>): each folder holds the files of one
/// mistake and an <c>expected.json</c> that states its exact outcome, the rows read, accepted and
/// rejected per file, every issue in order (file, row, column, severity, words of the message) and
/// the rows kept. Each case goes through <see cref="Study.Load(string, StudyOptions?)"/> and through
/// <c>validate --format json</c>, or through <see cref="CodingsReader"/> for interview codings.
/// A new case is a new folder: see <c>Fixtures/BadInputs/README.md</c>.
/// </summary>
public class BadInputCorpusTests
{
    private static readonly string Root = Fixtures.Path("BadInputs");

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static TheoryData<string> Cases() =>
        [.. Directory.GetDirectories(Root).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_bad_input_has_its_exact_expected_outcome(string name)
    {
        var folder = Path.Combine(Root, name);
        var expected = JsonSerializer.Deserialize<ExpectedOutcome>(File.ReadAllText(Path.Combine(folder, "expected.json")), JsonOptions)!;
        Assert.False(string.IsNullOrWhiteSpace(expected.Description), "expected.json décrit le cas");

        var report = new DataQualityReport();
        var kept = new Dictionary<string, List<string>>();
        if (expected.Reader == "codings")
        {
            var path = Path.Combine(folder, expected.Input ?? throw new InvalidOperationException("input manquant"));
            try
            {
                var project = CodingsReader.Read(path, report);
                Assert.False(expected.Fails, "le fichier devait être refusé en entier");
                kept["interviews"] = [.. project.Interviews.Select(i => i.Id)];
                kept["segments"] = [.. project.Segments.Select(s => $"{s.InterviewId}: {s.CodePath} « {s.Excerpt} »")];
            }
            catch (InputFileException e) when (expected.Fails)
            {
                report.Add(e.ToIssue());
            }
        }
        else
        {
            var study = Study.Load(folder, FixedClock.Options(2025));
            report = study.Quality;
            kept["institutions"] = [.. study.Institutions.Select(i => i.Id)];
            kept["inventory"] = [.. study.Inventory.Select(i => $"{i.Source.File}:{i.Source.Row} {i.CategoryId} ×{i.Quantity}{(i.Label is null ? "" : $" « {i.Label} »")}")];
            kept["needs"] = [.. study.Needs.Select(n => $"{n.Source.File}:{n.Source.Row} {n.CategoryId} ×{n.Quantity} {n.Start:yyyy-MM-dd}..{n.End:yyyy-MM-dd}")];
            kept["interviews"] = [.. study.Codings?.Interviews.Select(i => i.Id) ?? []];
            kept["segments"] = [.. study.Codings?.Segments.Select(s => $"{s.InterviewId}: {s.CodePath} « {s.Excerpt} »") ?? []];
            CheckValidateCommand(folder, report);
        }

        Assert.True(report.IsBalanced, "lignes lues = acceptées + rejetées, fichier par fichier");
        Assert.Equal(
            expected.Files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}: {string.Join('/', f.Value)}"),
            report.Files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}: {f.Value.RowsRead}/{f.Value.RowsAccepted}/{f.Value.RowsRejected}"));

        Assert.Equal(expected.Issues.Select(Describe), report.Issues.Select(i => Describe(i, expected.Issues)));
        Assert.Empty(expected.Kept.Keys.Except(kept.Keys));
        foreach (var (role, values) in kept)
            Assert.Equal(expected.Kept.GetValueOrDefault(role) ?? [], values);
        Assert.All(report.Issues, i => Assert.DoesNotContain("Exception", i.Message));
    }

    /// <summary>validate --format json agrees with <see cref="Study.Load(string, StudyOptions?)"/>, prints one document and exits 1 exactly when there are errors.</summary>
    private static void CheckValidateCommand(string folder, DataQualityReport quality)
    {
        var (exit, output, error) = CommandLine.Run("validate", "--data", folder, "--format", "json");

        Assert.Equal(quality.ErrorCount > 0 ? 1 : 0, exit);
        Assert.Equal("", error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        long read = root.GetProperty("rows_read").GetInt64();
        Assert.Equal(read, root.GetProperty("rows_accepted").GetInt64() + root.GetProperty("rows_rejected").GetInt64());
        Assert.Equal(quality.RowsRead, read);
        Assert.Equal(quality.Issues.Count, root.GetProperty("issues").GetArrayLength());
    }

    private static string Describe(ExpectedIssue i) =>
        $"{i.File} | ligne {i.Row} | « {i.Column} » | {i.Severity} | {string.Join(" … ", i.Says)}";

    /// <summary>An actual issue written like the expected one it should match: the words expected are kept when the message has them all.</summary>
    private static string Describe(DataIssue issue, IReadOnlyList<ExpectedIssue> expected)
    {
        var severity = issue.Severity == IssueSeverity.Error ? "error" : "warning";
        var candidate = expected.FirstOrDefault(e => e.File == issue.File && e.Row == issue.Row && e.Column == issue.Column && e.Severity == severity
                                                     && e.Says.All(w => issue.Message.Contains(w, StringComparison.Ordinal)));
        var says = candidate is not null ? string.Join(" … ", candidate.Says) : issue.Message;
        return $"{issue.File} | ligne {issue.Row} | « {issue.Column} » | {severity} | {says}";
    }

    private sealed record ExpectedOutcome(
        string Description,
        string? Reader,
        string? Input,
        Dictionary<string, long[]> Files,
        List<ExpectedIssue> Issues,
        Dictionary<string, List<string>> Kept,
        bool Fails);

    private sealed record ExpectedIssue(string File, int Row, string Column, string Severity, List<string> Says);
}
