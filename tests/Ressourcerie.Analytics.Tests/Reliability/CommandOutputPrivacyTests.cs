using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using Ressourcerie.Analytics.Tests.Notebooks;
using Ressourcerie.Analytics.Tests.SampleData;
using Ressourcerie.Analytics.Tests.TestSupport;

namespace Ressourcerie.Analytics.Tests.Reliability;

/// <summary>
/// Every output a user gets from <c>data/sample</c> on the command line: what each command prints,
/// as text and as JSON, the REFI-QDA project <c>interviews export</c> writes by default, and
/// <c>report</c>'s workbook (every part of the package), SVG charts and <c>summary.json</c> (the
/// notebooks have their scan in <c>RepositoryNotebooksTests</c>). None may name a respondent of
/// <c>entretiens.csv</c> nor give the e-mail address or phone number a verbatim quotes.
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
        { ["report", "--data", "{sample}", "--out", "{out}", "--iterations", "200"] },
    };

    /// <summary>The e-mail addresses and French phone numbers the sample's verbatims quote, as patterns tolerant of separators.</summary>
    private static readonly IReadOnlyList<Regex> Contacts = ContactsOfTheSample();

    private static List<Regex> ContactsOfTheSample()
    {
        var codings = File.ReadAllText(Path.Combine(RepositoryPaths.SampleData, "codages.csv"));
        var emails = Regex.Matches(codings, @"[\w.+-]+@[\w-]+(\.[\w-]+)+").Select(m => new Regex(Regex.Escape(m.Value), RegexOptions.IgnoreCase)).ToList();
        var phones = Regex.Matches(codings, @"(?<!\d)0[1-9]([ .-]?\d{2}){4}(?!\d)")
            .Select(m => new Regex(string.Join(@"[\s.-]?", Regex.Replace(m.Value, @"\D", "").Chunk(2).Select(c => new string(c))))).ToList();
        Assert.NotEmpty(emails);
        Assert.NotEmpty(phones);
        return [.. emails, .. phones];
    }

    [Theory]
    [MemberData(nameof(CommandLines))]
    public void No_command_run_on_the_sample_names_a_respondent_or_gives_a_quoted_email_or_phone(string[] arguments)
    {
        Assert.Equal(20, RespondentNames.All.Count);
        var output = _folder.File("sortie");
        var args = arguments.Select(a => a.Replace("{sample}", RepositoryPaths.SampleData).Replace("{out}", output)).ToArray();
        Directory.CreateDirectory(output);

        var (exit, stdout, stderr) = CommandLine.Run(args);

        Assert.True(exit is 0 or 1, stderr);
        Assert.True(stdout.Length > 0, "rien sur la sortie standard");
        var texts = new List<(string Where, string Text)> { ("sortie standard", stdout), ("sortie d'erreur", stderr) };
        foreach (var file in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories))
        {
            if (file.EndsWith(".png", StringComparison.Ordinal)) continue;
            if (!file.EndsWith(".qdpx", StringComparison.Ordinal) && !file.EndsWith(".xlsx", StringComparison.Ordinal)) texts.Add((file, File.ReadAllText(file)));
            else
            {
                using var zip = ZipFile.OpenRead(file);
                Assert.NotEmpty(zip.Entries);
                foreach (var entry in zip.Entries.Where(e => Path.GetExtension(e.FullName) is not (".png" or ".jpeg" or ".jpg" or ".emf")))
                {
                    using var reader = new StreamReader(entry.Open());
                    texts.Add(($"{Path.GetFileName(file)}/{entry.FullName}", WebUtility.HtmlDecode(reader.ReadToEnd())));
                }
            }
        }

        var leaks = texts.SelectMany(t => RespondentNames.FoundIn(t.Text).Select(found => $"{t.Where} : {found}"))
            .Concat(texts.SelectMany(t => Contacts.Where(c => c.IsMatch(t.Text)).Select(c => $"{t.Where} : « {c.Match(t.Text).Value} »")))
            .ToList();
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
    }
}
