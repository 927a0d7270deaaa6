using System.IO.Compression;
using System.Net;
using Ressourcerie.Analytics.Tests.Notebooks;
using Ressourcerie.Analytics.Tests.SampleData;
using Ressourcerie.Analytics.Tests.TestSupport;
using Ressourcerie.Cli;

namespace Ressourcerie.Analytics.Tests.Reliability;

/// <summary>
/// The report, the charts and the notebooks have their own scans for respondents' names
/// (<c>SampleInterviewReportTests</c>, <c>RepositoryNotebooksTests</c>); these are the other
/// outputs a user gets from <c>data/sample</c>: what each command prints, as text and as JSON, and
/// the REFI-QDA project <c>interviews export</c> writes by default. None may name a respondent of
/// <c>entretiens.csv</c>, although the sample's verbatims quote some of them.
/// </summary>
public sealed class CommandOutputPrivacyTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string[]> CommandLines() => new()
    {
        { ["validate", "--data", "{sample}"] },
        { ["validate", "--data", "{sample}", "--format", "json"] },
        { ["interviews", "stats", "--codings", "{sample}"] },
        { ["interviews", "stats", "--codings", "{sample}", "--format", "json"] },
        { ["interviews", "agreement", "--codings", "{sample}"] },
        { ["interviews", "agreement", "--codings", "{sample}", "--unit", "segment", "--format", "json"] },
        { ["interviews", "export", "--codings", "{sample}", "--out", "{out}/projet.qdpx", "--format", "json"] },
        { ["clusters", "--data", "{sample}", "--format", "json"] },
    };

    [Theory]
    [MemberData(nameof(CommandLines))]
    public void No_command_run_on_the_sample_names_a_respondent(string[] arguments)
    {
        Assert.Equal(20, RespondentNames.All.Count);
        var output = _folder.File("sortie");
        var args = arguments.Select(a => a.Replace("{sample}", RepositoryPaths.SampleData).Replace("{out}", output)).ToArray();
        Directory.CreateDirectory(output);
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        int exit = Program.Run(args, stdout, stderr);

        Assert.True(exit is 0 or 1, stderr.ToString());
        Assert.True(stdout.ToString().Length > 0, "rien sur la sortie standard");
        var texts = new List<(string Where, string Text)> { ("sortie standard", stdout.ToString()), ("sortie d'erreur", stderr.ToString()) };
        foreach (var file in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories))
        {
            if (!file.EndsWith(".qdpx", StringComparison.Ordinal)) texts.Add((file, File.ReadAllText(file)));
            else
            {
                using var zip = ZipFile.OpenRead(file);
                Assert.NotEmpty(zip.Entries);
                foreach (var entry in zip.Entries)
                {
                    using var reader = new StreamReader(entry.Open());
                    texts.Add(($"{Path.GetFileName(file)}/{entry.FullName}", WebUtility.HtmlDecode(reader.ReadToEnd())));
                }
            }
        }

        var leaks = texts.SelectMany(t => RespondentNames.FoundIn(t.Text).Select(found => $"{t.Where} : {found}")).ToList();
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
    }
}
