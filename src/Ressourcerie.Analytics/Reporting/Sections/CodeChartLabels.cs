using Ressourcerie.Analytics.Interviews;

namespace Ressourcerie.Analytics.Reporting.Sections;

/// <summary>
/// Short labels for codes on a chart axis: the code's own name ("Transport" for
/// "Freins > Transport") when no other code shown has the same name, else (or when
/// <c>withParent</c> asks for the theme) the parent's name and its own ("Freins › Coût",
/// "Achats › Coût"), never the whole path of a deep code; a label longer than <c>maxLength</c>
/// has its parent's name shortened, then its own, with "…". The workbook's tables keep the full paths.
/// </summary>
internal static class CodeChartLabels
{
    public static IReadOnlyList<string> For(IReadOnlyList<string> codePaths, int maxLength = 60, bool withParent = false)
    {
        var names = codePaths.Select(p => new Code(p)).ToList();
        var repeated = names.GroupBy(c => c.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return names.Select(code =>
            (withParent || repeated.Contains(code.Name)) && code.ParentPath is { } parent
                ? WithParent(new Code(parent).Name, code.Name, maxLength)
                : Cut(code.Name, maxLength)).ToArray();
    }

    /// <summary>"Parent › Name", the parent shortened first: the code's own name is what tells bars apart.</summary>
    private static string WithParent(string parent, string name, int maxLength)
    {
        const string Separator = " › ";
        if (parent.Length + Separator.Length + name.Length <= maxLength) return parent + Separator + name;
        int room = maxLength - Separator.Length - name.Length;
        return room >= 8 ? Cut(parent, room) + Separator + name : Cut(name, maxLength);
    }

    private static string Cut(string label, int maxLength) => label.Length <= maxLength ? label : label[..(maxLength - 1)].TrimEnd() + "…";
}
