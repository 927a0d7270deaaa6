using System.Text;
using Ressourcerie.Analytics.Impact;
using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Reporting.Sections;

/// <summary>
/// A scenario as the report's sheets name it: its evaluation, its summary (the numbers every sheet
/// shows), and two ASCII names derived from its name, unique in the report: <see cref="Key"/> for
/// <c>summary.json</c> keys and table names (<c>pret_mutualise</c>), <see cref="Stem"/> for chart
/// files (<c>pret-mutualise</c>).
/// </summary>
internal sealed record ReportedScenario(ScenarioEvaluation Evaluation, ScenarioSummary Summary, string Key, string Stem)
{
    public string Name => Summary.Scenario;

    /// <summary>The French title the report shows (the name when the file gives none).</summary>
    public string Title => Summary.Title;

    public ScenarioRun Run => Evaluation.Run;

    public static IReadOnlyList<ReportedScenario> Of(IReadOnlyList<ScenarioEvaluation> evaluations)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<ReportedScenario>();
        for (int i = 0; i < evaluations.Count; i++)
        {
            var stem = Ascii(evaluations[i].Scenario.Name);
            if (stem.Length == 0) stem = $"scenario-{i + 1}";
            var unique = stem;
            for (int n = 2; !used.Add(unique); n++) unique = $"{stem}-{n}";
            result.Add(new ReportedScenario(evaluations[i], evaluations[i].Summary, unique.Replace('-', '_'), unique));
        }
        return result;
    }

    /// <summary>Lower-case ASCII letters and digits, words joined by "-" (« Prêt mutualisé 2 » → pret-mutualise-2).</summary>
    private static string Ascii(string name)
    {
        var builder = new StringBuilder();
        foreach (var word in MatchKey.FoldWords(name).Split(' '))
        {
            var ascii = new string([.. word.Where(char.IsAsciiLetterOrDigit)]);
            if (ascii.Length == 0) continue;
            if (builder.Length > 0) builder.Append('-');
            builder.Append(ascii);
        }
        // Keys must start with a letter and stay short enough for a file name.
        var stem = builder.Length > 60 ? builder.ToString(0, 60).TrimEnd('-') : builder.ToString();
        return stem.Length > 0 && char.IsAsciiDigit(stem[0]) ? "s-" + stem : stem;
    }
}
