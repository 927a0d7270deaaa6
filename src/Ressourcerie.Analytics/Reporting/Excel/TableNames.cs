using System.Text;
using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Reporting.Excel;

/// <summary>
/// Valid, workbook-unique Excel table names: letters, digits and underscores only, never a
/// cell-like name such as <c>AB12</c> (hence the <c>T_</c> prefix), unique without regard to case.
/// </summary>
public sealed class TableNames
{
    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    public string Reserve(string wanted)
    {
        var builder = new StringBuilder("T_");
        foreach (char c in MatchKey.FoldWords(wanted))
            builder.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        string stem = builder.Length > 200 ? builder.ToString(0, 200) : builder.ToString();
        string name = stem;
        for (int n = 2; !_used.Add(name); n++) name = $"{stem}_{n}";
        return name;
    }
}
