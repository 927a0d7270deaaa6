using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Ressourcerie.Analytics.Notebooks;

/// <summary>
/// Turns a Polyglot C# cell (or a <c>#load</c>ed <c>.csx</c>) into plain Roslyn script: the kernel's
/// own syntax is handled here, line by line, and blanked so that line numbers stay those of the
/// cell. <c>#!csharp</c>/<c>#!c#</c> are dropped; <c>#r "nuget: Name, Version"</c> is accepted when
/// it names a toolkit dependency at the pinned version (<see cref="ToolkitPackages"/>: the toolkit
/// already references it) and refused otherwise; <c>#i</c>, other kernels' cells and other magic
/// commands are refused with a French message. <c>#r "file.dll"</c> and <c>#load</c> are Roslyn's
/// own and are left to it.
/// </summary>
internal static partial class ScriptDirectives
{
    [GeneratedRegex("""^\s*#r\s+"\s*nuget\s*:(?<spec>[^"]*)"\s*(//.*)?$""", RegexOptions.IgnoreCase)]
    private static partial Regex NuGetReference();

    public static string Prepare(string source)
    {
        var lines = source.Split('\n');
        SyntaxNode? root = null;
        int position = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.TrimStart();
            int lineStart = position;
            position += line.Length + 1;
            if (!trimmed.StartsWith('#')) continue;
            root ??= CSharpSyntaxTree.ParseText(source, ScriptParseOptions).GetRoot();
            if (IsInsideToken(root, lineStart + (line.Length - trimmed.Length))) continue;

            int lineNumber = i + 1;
            if (trimmed.StartsWith("#!", StringComparison.Ordinal))
            {
                CheckMagic(trimmed[2..].TrimEnd('\r').Trim(), lineNumber);
                lines[i] = Blank(line);
            }
            else if (trimmed.StartsWith("#i", StringComparison.Ordinal) && (trimmed.Length == 2 || char.IsWhiteSpace(trimmed[2])))
            {
                throw new DirectiveException(lineNumber,
                    "« #i » (source de paquets du noyau Polyglot) n'est pas pris en charge : les paquets viennent des dépendances de la boîte à outils (Directory.Packages.props) ; retirez cette ligne");
            }
            else if (NuGetReference().Match(line.TrimEnd('\r')) is { Success: true } nuget)
            {
                CheckPackage(nuget.Groups["spec"].Value, lineNumber);
                lines[i] = Blank(line);
            }
        }
        return string.Join('\n', lines);
    }

    public static CSharpParseOptions ScriptParseOptions { get; } = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    private static void CheckMagic(string magic, int lineNumber)
    {
        var name = magic.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        if (CellLanguage.IsCSharp(name)) return;
        if (CellLanguage.IsKernelName(name))
        {
            var language = CellLanguage.DisplayName(name);
            throw new DirectiveException(lineNumber, language == "Markdown"
                ? $"texte Markdown (« #!{name} ») dans une cellule de code : faites-en une cellule Markdown"
                : $"cellule en {language} (« #!{name} ») : le lanceur de notebooks n'exécute que le C# (le noyau Polyglot est retiré) ; réécrivez la cellule en C#");
        }
        throw new DirectiveException(lineNumber,
            $"la commande magique « #!{name} » n'existe que dans le noyau Polyglot, retiré : le lanceur de notebooks ne la connaît pas ; retirez la ligne");
    }

    private static void CheckPackage(string spec, int lineNumber)
    {
        var parts = spec.Split(',', 2);
        var id = parts[0].Trim();
        var requested = parts.Length > 1 ? parts[1].Trim() : "";
        if (id.Length == 0) throw new DirectiveException(lineNumber, "« #r \"nuget: …\" » sans nom de paquet");
        var pinned = ToolkitPackages.VersionOf(id);
        if (pinned is null)
        {
            throw new DirectiveException(lineNumber,
                $"le paquet « {id} » n'est pas une dépendance de la boîte à outils : seuls les paquets de Directory.Packages.props sont disponibles ({string.Join(", ", ToolkitPackages.Versions.Keys.Order(StringComparer.OrdinalIgnoreCase))})");
        }
        if (requested.Length == 0)
        {
            throw new DirectiveException(lineNumber,
                $"la version du paquet « {id} » manque : épinglez celle de la boîte à outils, « #r \"nuget: {id}, {pinned}\" »");
        }
        if (!string.Equals(requested, pinned, StringComparison.OrdinalIgnoreCase))
        {
            throw new DirectiveException(lineNumber,
                $"le notebook demande {id} {requested} mais la boîte à outils est en {pinned} (Directory.Packages.props) : écrivez « #r \"nuget: {id}, {pinned}\" »");
        }
    }

    /// <summary>True when the position falls inside a token (a line of a multi-line string literal), not at a directive.</summary>
    private static bool IsInsideToken(SyntaxNode root, int position)
    {
        var token = root.FindToken(position, findInsideTrivia: false);
        return token.Span.Contains(position) && token.SpanStart < position;
    }

    private static string Blank(string line) => line.EndsWith('\r') ? "\r" : "";
}

/// <summary>A kernel-only line the runner refuses, with its line number in the cell or script.</summary>
internal sealed class DirectiveException(int line, string message) : Exception(message)
{
    public int Line { get; } = line;
}
