using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Interviews.Agreement;

/// <summary>
/// Intercoder agreement on the codings of a project, for two or more coders, on the interviews at
/// least two of them coded (a coder "coded" an interview when they left at least one segment in it).
/// </summary>
/// <remarks>
/// <para><b>Document level</b> (<see cref="AgreementUnitLevel.Document"/>): each (interview, code)
/// is a unit, for every compared interview and every code any of the coders applied in them; a
/// coder's value is 1 when they applied the code somewhere in the interview, 0 when they coded
/// the interview without it, missing when they did not code the interview. Joint absences count
/// as agreements, which is what lets kappa and alpha compare against chance (MAXQDA's "code
/// existence" table only lists codes present in one of the two documents).
/// Brennan &amp; Prediger's q is 2 (present, absent).</para>
/// <para><b>Segment level</b> (<see cref="AgreementUnitLevel.Segment"/>, as MAXQDA's segment
/// agreement): within an interview and a code, segments are taken in text order; each segment not
/// yet matched opens a unit, and each other coder's unmatched segment of the same code that
/// overlaps it by at least <c>minimumOverlap</c> of the longer of the two spans (default 90 %)
/// joins it, the best overlap first. Without offsets on either side, segments match when their
/// excerpts are identical (whitespace aside). A unit is an agreement when every coder who coded
/// the interview has a segment in it. As in MAXQDA, no unit exists where nobody coded, so percent
/// agreement is a/(a + b + c) and Brennan &amp; Prediger's chance agreement is 1/q with q the
/// number of codes compared. Without joint absences Cohen's kappa and alpha cannot exceed 0, so at
/// this level they are null with a note (Krippendorff's unitizing alpha is not implemented).</para>
/// <para>At document level alpha is the nominal alpha of the 1/0 values; Cohen's kappa is given for two coders only.</para>
/// </remarks>
public static class CodingAgreementAnalysis
{
    public const double DefaultMinimumOverlap = 0.9;

    /// <param name="coders">The coders to compare (at least two); all the project's coders when null.</param>
    /// <exception cref="ArgumentException">Fewer than two coders, or a coder the project does not have (French message).</exception>
    public static CodingAgreement Compute(
        CodingProject project,
        IReadOnlyList<string>? coders = null,
        AgreementUnitLevel level = AgreementUnitLevel.Document,
        double minimumOverlap = DefaultMinimumOverlap)
    {
        ArgumentNullException.ThrowIfNull(project);
        if (!(minimumOverlap > 0 && minimumOverlap <= 1))
            throw new ArgumentOutOfRangeException(nameof(minimumOverlap), minimumOverlap, "Le recouvrement minimal est une proportion dans ]0 ; 1] (0,9 pour 90 %).");

        var selected = ResolveCoders(project, coders);
        var coderIndex = selected.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
        var catalog = new InterviewCatalog(project, null);
        var hierarchy = new CodeHierarchy(project);
        var notes = new List<string>();

        int withoutCoder = project.Segments.Count(s => s.Coder is null);
        if (withoutCoder > 0)
            notes.Add($"{withoutCoder} segment(s) sans codeur ne sont pas comparés.");

        var segments = project.Segments.Where(s => s.Coder is not null && coderIndex.ContainsKey(s.Coder)).ToArray();
        var codersByInterview = segments.GroupBy(s => s.InterviewId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(s => coderIndex[s.Coder!]).ToHashSet(), StringComparer.Ordinal);
        var interviews = catalog.Ordered.Where(i => codersByInterview.TryGetValue(i.Id, out var c) && c.Count >= 2).Select(i => i.Id).ToArray();
        int excluded = codersByInterview.Count - interviews.Length;
        if (excluded > 0)
            notes.Add($"{excluded} entretien(s) codé(s) par un seul des codeurs ne sont pas comparés.");

        var compared = interviews.ToHashSet(StringComparer.Ordinal);
        var usedSegments = segments.Where(s => compared.Contains(s.InterviewId)).ToArray();
        var codes = usedSegments.Select(s => hierarchy.IndexOf(s.CodePath)).Distinct().Order().Select(i => hierarchy.Codes[i].Path).ToArray();

        var comparisons = level == AgreementUnitLevel.Document
            ? DocumentUnits(interviews, codes, usedSegments, codersByInterview, coderIndex)
            : SegmentUnits(interviews, codes, usedSegments, codersByInterview, coderIndex, minimumOverlap);

        bool document = level == AgreementUnitLevel.Document;
        int categories = document ? 2 : codes.Length;
        var byCode = codes.Select(code => CodeAgreement.From(code,
                AgreementStatistics.Of(ToData(comparisons.Where(c => c.Code == code).ToArray(), selected), categories, jointAbsences: document)))
            .ToArray();
        var overall = AgreementStatistics.Of(ToData(comparisons, selected), categories, jointAbsences: document);
        if (interviews.Length == 0)
            notes.Add("Aucun entretien n'a été codé par au moins deux des codeurs : l'accord ne peut pas être calculé.");
        notes.AddRange(overall.Notes);

        return new CodingAgreement(level, selected, interviews, level == AgreementUnitLevel.Segment ? minimumOverlap : null,
            overall.Units, overall.PercentAgreement, overall.CohenKappa, overall.BrennanPredigerKappa, overall.KrippendorffAlpha,
            notes, byCode, comparisons);
    }

    private static IReadOnlyList<string> ResolveCoders(CodingProject project, IReadOnlyList<string>? requested)
    {
        var available = project.Coders;
        if (requested is null)
        {
            if (available.Count < 2)
                throw new ArgumentException($"L'accord intercodeurs demande au moins deux codeurs ; le projet en compte {available.Count}" +
                                            (available.Count == 1 ? $" (« {available[0]} »)." : "."));
            return available;
        }

        var resolved = new List<string>();
        foreach (var name in requested)
        {
            var match = available.FirstOrDefault(c => c == name.Trim())
                        ?? available.SingleOrDefault(c => MatchKey.Fold(c) == MatchKey.Fold(name));
            if (match is null)
                throw new ArgumentException($"Codeur inconnu : « {name} ». Codeurs du projet : {(available.Count == 0 ? "aucun" : string.Join(", ", available))}.");
            if (!resolved.Contains(match)) resolved.Add(match);
        }
        if (resolved.Count < 2)
            throw new ArgumentException("L'accord intercodeurs demande au moins deux codeurs différents.");
        return resolved;
    }

    private static List<AgreementComparison> DocumentUnits(
        IReadOnlyList<string> interviews, IReadOnlyList<string> codes, IReadOnlyList<CodedSegment> segments,
        Dictionary<string, HashSet<int>> codersByInterview, Dictionary<string, int> coderIndex)
    {
        var applied = segments.Select(s => (s.InterviewId, s.CodePath, Coder: coderIndex[s.Coder!])).ToHashSet();
        var units = new List<AgreementComparison>(interviews.Count * codes.Count);
        foreach (var interview in interviews)
        {
            var coded = codersByInterview[interview];
            foreach (var code in codes)
            {
                var values = new bool?[coderIndex.Count];
                for (int c = 0; c < values.Length; c++)
                    values[c] = coded.Contains(c) ? applied.Contains((interview, code, c)) : null;
                units.Add(new AgreementComparison(interview, code, null, null, values));
            }
        }
        return units;
    }

    private static List<AgreementComparison> SegmentUnits(
        IReadOnlyList<string> interviews, IReadOnlyList<string> codes, IReadOnlyList<CodedSegment> segments,
        Dictionary<string, HashSet<int>> codersByInterview, Dictionary<string, int> coderIndex, double minimumOverlap)
    {
        var groups = segments.ToLookup(s => (s.InterviewId, s.CodePath));
        var units = new List<AgreementComparison>();
        foreach (var interview in interviews)
        {
            var coded = codersByInterview[interview];
            foreach (var code in codes)
            {
                var passages = groups[(interview, code)]
                    .Select(s => new Passage(coderIndex[s.Coder!], s.Start, s.End, ExcerptText.Normalize(s.Excerpt)))
                    .OrderBy(p => p.Start ?? int.MaxValue).ThenBy(p => p.End ?? int.MaxValue).ThenBy(p => p.Coder)
                    .ThenBy(p => p.Excerpt, StringComparer.Ordinal)
                    .ToArray();
                var matched = new bool[passages.Length];
                for (int a = 0; a < passages.Length; a++)
                {
                    if (matched[a]) continue;
                    matched[a] = true;
                    var anchor = passages[a];
                    var present = new HashSet<int> { anchor.Coder };
                    foreach (int other in coded.Order())
                    {
                        if (present.Contains(other)) continue;
                        int best = -1;
                        double bestShare = 0;
                        for (int b = 0; b < passages.Length; b++)
                        {
                            if (matched[b] || passages[b].Coder != other) continue;
                            double share = OverlapShare(anchor, passages[b]);
                            if (share >= minimumOverlap - 1e-12 && share > bestShare)
                            {
                                best = b;
                                bestShare = share;
                            }
                        }
                        if (best < 0) continue;
                        matched[best] = true;
                        present.Add(other);
                    }
                    var values = new bool?[coderIndex.Count];
                    for (int c = 0; c < values.Length; c++)
                        values[c] = coded.Contains(c) ? present.Contains(c) : null;
                    units.Add(new AgreementComparison(interview, code, anchor.Start, anchor.End, values));
                }
            }
        }
        return units;
    }

    /// <summary>The share of the longer span both segments cover; 1 or 0 by excerpt when either lacks offsets.</summary>
    private static double OverlapShare(Passage x, Passage y)
    {
        if (x is { Start: { } xs, End: { } xe } && y is { Start: { } ys, End: { } ye } && xe > xs && ye > ys)
        {
            int overlap = Math.Min(xe, ye) - Math.Max(xs, ys);
            return overlap <= 0 ? 0 : (double)overlap / Math.Max(xe - xs, ye - ys);
        }
        return x.Excerpt.Length > 0 && x.Excerpt == y.Excerpt ? 1 : 0;
    }

    private static ReliabilityData ToData(IReadOnlyList<AgreementComparison> units, IReadOnlyList<string> coders)
    {
        var values = new double?[coders.Count, units.Count];
        for (int u = 0; u < units.Count; u++)
            for (int c = 0; c < coders.Count; c++)
                values[c, u] = units[u].CodedBy[c] switch { true => 1, false => 0, null => null };
        return new ReliabilityData(values, coders, units.Select(u => $"{u.InterviewId} | {u.Code}").ToArray());
    }

    private sealed record Passage(int Coder, int? Start, int? End, string Excerpt);
}
