using Ressourcerie.Analytics.Interviews.Passages;
using Ressourcerie.Analytics.Inventories;

namespace Ressourcerie.Analytics.Interviews.Frequencies;

/// <summary>
/// Code frequencies: per code, the coded segments and the distinct interviews where it appears,
/// for the whole project or per group of interviews (profile, institution type). A segment is a
/// passage (<see cref="PassageGrouping"/>: same selection, same offsets, or, without offsets,
/// the same text): it counts once for a code however many coders applied it, and once for a
/// parent however many of its sub-codes it carries. To count one coder's work only, filter the project first
/// (<see cref="InterviewAnalysis.ForCoder"/>).
/// </summary>
public static class CodeFrequencyAnalysis
{
    public const string ProfileDimension = "profil";
    public const string InstitutionTypeDimension = "type d'institution";

    public static CodeFrequencyTable Compute(CodingProject project)
    {
        var catalog = new InterviewCatalog(project, null);
        var hierarchy = new CodeHierarchy(project);
        var tally = Count(catalog, hierarchy, PassageGrouping.Group(project), _ => 0, 1)[0];
        var rows = hierarchy.Codes.Select((code, i) => new CodeFrequency(
            code.Path, code.Depth,
            tally.Segments[i], tally.Interviews[i], Percent(tally.Interviews[i], catalog.Count),
            tally.SegmentsWithSubcodes[i], tally.InterviewsWithSubcodes[i], Percent(tally.InterviewsWithSubcodes[i], catalog.Count)))
            .ToArray();
        return new CodeFrequencyTable(catalog.Count, rows);
    }

    /// <summary>Per respondent profile (profiles present, in their usual order).</summary>
    public static GroupCodeFrequencyTable ByProfile(CodingProject project)
    {
        var catalog = new InterviewCatalog(project, null);
        return ByGroup(project, catalog, ProfileDimension, catalog.ProfileGroups(), InterviewCatalog.ProfileLabel);
    }

    /// <summary>
    /// Per type of the interviewee's institution; interviews without an institution, or whose
    /// institution is not in <paramref name="institutions"/>, form the group "non renseigné".
    /// </summary>
    public static GroupCodeFrequencyTable ByInstitutionType(CodingProject project, IEnumerable<Institution> institutions)
    {
        var catalog = new InterviewCatalog(project, institutions);
        return ByGroup(project, catalog, InstitutionTypeDimension, catalog.InstitutionTypeGroups(), catalog.InstitutionTypeLabel);
    }

    private static GroupCodeFrequencyTable ByGroup(CodingProject project, InterviewCatalog catalog, string dimension,
        IReadOnlyList<string> groups, Func<Interview, string> groupOf)
    {
        var hierarchy = new CodeHierarchy(project);
        var groupIndex = groups.Select((g, i) => (g, i)).ToDictionary(p => p.g, p => p.i, StringComparer.Ordinal);
        var tallies = Count(catalog, hierarchy, PassageGrouping.Group(project), i => groupIndex[groupOf(i)], groups.Count);
        var rows = new List<GroupCodeFrequency>(hierarchy.Codes.Count * groups.Count);
        for (int c = 0; c < hierarchy.Codes.Count; c++)
            for (int g = 0; g < groups.Count; g++)
            {
                var t = tallies[g];
                rows.Add(new GroupCodeFrequency(hierarchy.Codes[c].Path, groups[g], t.GroupInterviews,
                    t.Segments[c], t.Interviews[c], Percent(t.Interviews[c], t.GroupInterviews),
                    t.SegmentsWithSubcodes[c], t.InterviewsWithSubcodes[c], Percent(t.InterviewsWithSubcodes[c], t.GroupInterviews)));
            }
        return new GroupCodeFrequencyTable(dimension, groups, tallies.Select(t => t.GroupInterviews).ToArray(), rows);
    }

    private static double Percent(int part, int whole) => whole == 0 ? 0 : 100.0 * part / whole;

    private static Tally[] Count(InterviewCatalog catalog, CodeHierarchy hierarchy, IReadOnlyList<CodedPassage> passages,
        Func<Interview, int> groupOf, int groupCount)
    {
        int codes = hierarchy.Codes.Count;
        var tallies = Enumerable.Range(0, groupCount).Select(_ => new Tally(codes)).ToArray();
        foreach (var interview in catalog.Ordered) tallies[groupOf(interview)].GroupInterviews++;

        var own = new HashSet<int>();
        var withSubcodes = new HashSet<int>();
        var passageAncestors = new HashSet<int>();
        foreach (var interviewPassages in passages.GroupBy(p => p.InterviewId, StringComparer.Ordinal))
        {
            own.Clear();
            withSubcodes.Clear();
            var tally = tallies[groupOf(catalog[interviewPassages.Key])];
            foreach (var passage in interviewPassages)
            {
                passageAncestors.Clear();
                foreach (var path in passage.Codes)
                {
                    int code = hierarchy.IndexOf(path);
                    tally.Segments[code]++;
                    own.Add(code);
                    passageAncestors.UnionWith(hierarchy.Ancestry[code]);
                }
                foreach (int ancestor in passageAncestors) tally.SegmentsWithSubcodes[ancestor]++;
                withSubcodes.UnionWith(passageAncestors);
            }
            foreach (int code in own) tally.Interviews[code]++;
            foreach (int code in withSubcodes) tally.InterviewsWithSubcodes[code]++;
        }
        return tallies;
    }

    private sealed class Tally(int codes)
    {
        public int GroupInterviews;
        public readonly int[] Segments = new int[codes];
        public readonly int[] Interviews = new int[codes];
        public readonly int[] SegmentsWithSubcodes = new int[codes];
        public readonly int[] InterviewsWithSubcodes = new int[codes];
    }
}
