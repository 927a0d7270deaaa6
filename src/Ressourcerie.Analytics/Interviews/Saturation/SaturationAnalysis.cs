using System.Globalization;

namespace Ressourcerie.Analytics.Interviews.Saturation;

/// <summary>
/// Thematic saturation as defined by Guest, Namey &amp; Chen (2020, PLOS ONE 15(5): e0232076),
/// with their parameters: <c>base_size</c> (the first interviews, 4 or 6 in the paper, whose unique
/// codes form the base), <c>run_length</c> (the number of consecutive interviews examined for new
/// codes, 2 or 3) and <c>new_information_threshold</c> (≤ 5 % or 0 %). The saturation ratio of a
/// run is the number of codes first seen in the run divided by the number of unique codes in the
/// base. Runs start right after the base and move forward one interview at a time; the base stays
/// the same. Saturation is reached at the end of the first run whose ratio is within the threshold.
/// </summary>
public static class SaturationAnalysis
{
    public const int DefaultBaseSize = 4;
    public const int DefaultRunLength = 2;
    public const double DefaultNewInformationThreshold = 0.05;

    /// <summary>On a project: interviews in <see cref="InterviewOrder.Chronological"/> order, codes as applied.</summary>
    public static SaturationResult Compute(CodingProject project,
        int baseSize = DefaultBaseSize, int runLength = DefaultRunLength, double newInformationThreshold = DefaultNewInformationThreshold)
    {
        ArgumentNullException.ThrowIfNull(project);
        var catalog = new InterviewCatalog(project, null);
        var codesByInterview = project.Segments.ToLookup(s => s.InterviewId, s => s.CodePath, StringComparer.Ordinal);
        var interviews = catalog.Ordered
            .Select(i => new InterviewCodes(i.Id, i.Date, codesByInterview[i.Id].ToHashSet(StringComparer.Ordinal)))
            .ToArray();
        return Compute(interviews, baseSize, runLength, newInformationThreshold);
    }

    /// <param name="interviews">In the order they were conducted.</param>
    /// <param name="newInformationThreshold">A proportion: 0.05 for ≤ 5 %, 0 for no new information.</param>
    public static SaturationResult Compute(IReadOnlyList<InterviewCodes> interviews,
        int baseSize = DefaultBaseSize, int runLength = DefaultRunLength, double newInformationThreshold = DefaultNewInformationThreshold)
    {
        ArgumentNullException.ThrowIfNull(interviews);
        if (baseSize < 1)
            throw new ArgumentOutOfRangeException(nameof(baseSize), baseSize, "La taille de la base (base_size) doit être d'au moins 1 entretien.");
        if (runLength < 1)
            throw new ArgumentOutOfRangeException(nameof(runLength), runLength, "La longueur du run (run_length) doit être d'au moins 1 entretien.");
        if (!(newInformationThreshold >= 0 && newInformationThreshold <= 1))
            throw new ArgumentOutOfRangeException(nameof(newInformationThreshold), newInformationThreshold,
                "Le seuil de nouvelle information (new_information_threshold) est une proportion entre 0 et 1 : 0,05 pour 5 %, 0 pour aucune nouvelle information.");

        // firstSeen[code] = rank (0-based) of the first interview holding it.
        var firstSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        var curve = new List<SaturationCurvePoint>(interviews.Count);
        var newAt = new int[interviews.Count];
        for (int i = 0; i < interviews.Count; i++)
        {
            foreach (var code in interviews[i].Codes)
                if (firstSeen.TryAdd(code, i)) newAt[i]++;
            curve.Add(new SaturationCurvePoint(i + 1, interviews[i].InterviewId, interviews[i].Date, interviews[i].Codes.Count, newAt[i], firstSeen.Count, 0));
        }
        int total = firstSeen.Count;
        curve = curve.Select(p => p with { CumulativePercent = total == 0 ? 0 : 100.0 * p.CumulativeUniqueCodes / total }).ToList();

        int baseCodes = newAt.Take(baseSize).Sum();
        var runs = new List<SaturationRun>();
        SaturationRun? saturating = null;
        for (int start = baseSize; start + runLength <= interviews.Count; start++)
        {
            int newCodes = 0;
            for (int i = start; i < start + runLength; i++) newCodes += newAt[i];
            double ratio = baseCodes == 0 ? double.NaN : (double)newCodes / baseCodes;
            // A small tolerance so that 1/20 counts as "≤ 5 %" whatever the binary rounding of 0.05.
            bool within = !double.IsNaN(ratio) && ratio <= newInformationThreshold + 1e-12;
            var run = new SaturationRun(start + 1, start + runLength, interviews[start].InterviewId, interviews[start + runLength - 1].InterviewId,
                newCodes, baseCodes, ratio, within);
            runs.Add(run);
            if (within && saturating is null) saturating = run;
        }

        string summary = Summarize(interviews.Count, baseSize, runLength, newInformationThreshold, baseCodes, saturating, runs.Count);
        return new SaturationResult(baseSize, runLength, newInformationThreshold, baseCodes, total,
            saturating is not null, saturating?.EndPosition, saturating?.EndInterviewId, saturating is null ? null : saturating.StartPosition - 1,
            saturating, curve, runs, summary);
    }

    private static string Summarize(int interviews, int baseSize, int runLength, double threshold, int baseCodes, SaturationRun? run, int runCount)
    {
        var fr = CultureInfo.GetCultureInfo("fr-FR");
        string parameters = string.Format(fr, "base de {0} entretiens, runs de {1}, seuil de nouvelle information {2} {3:0.#} %",
            baseSize, runLength, threshold == 0 ? "=" : "≤", threshold * 100);
        if (interviews < baseSize + runLength)
            return $"Saturation non évaluable : {interviews} entretien(s), il en faut au moins {baseSize + runLength} ({parameters}).";
        if (baseCodes == 0)
            return $"Saturation non évaluable : les {baseSize} premiers entretiens ne portent aucun code ({parameters}).";
        if (run is null)
            return $"Saturation non atteinte : aucun des {runCount} runs n'apporte assez peu de codes nouveaux ({parameters}).";
        return string.Format(fr,
            "Saturation atteinte à l'entretien {0} (rang {1}) : le run des rangs {2} à {1} apporte {3} code(s) nouveau(x) pour {4} codes uniques dans la base, soit {5:0.#} % ({6}).",
            run.EndInterviewId, run.EndPosition, run.StartPosition, run.NewCodes, run.BaseCodes, run.SaturationRatio * 100, parameters);
    }
}
