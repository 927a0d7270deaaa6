using Ressourcerie.Analytics.Interviews;

namespace Ressourcerie.Analytics.Reporting.Sections;

/// <summary>
/// Short labels for codes on a chart axis: the code's own name ("Transport" for
/// "Freins > Transport") when no other code shown has the same name, else (or when
/// <c>withParent</c> asks for the theme) the parent's name and its own ("Freins › Coût",
/// "Achats › Coût"), never the whole path of a deep code; labels longer than <c>maxLength</c>
/// are cut with "…". The workbook's tables keep the full paths.
/// </summary>
internal static class CodeChartLabels
{
    public static IReadOnlyList<string> For(IReadOnlyList<string> codePaths, int maxLength = 60, bool withParent = false)
    {
        var names = codePaths.Select(p => new Code(p)).ToList();
        var repeated = names.GroupBy(c => c.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return names.Select(code =>
        {
            string label = (withParent || repeated.Contains(code.Name)) && code.ParentPath is { } parent ? $"{new Code(parent).Name} › {code.Name}" : code.Name;
            return label.Length <= maxLength ? label : label[..(maxLength - 1)].TrimEnd() + "…";
        }).ToArray();
    }
}
