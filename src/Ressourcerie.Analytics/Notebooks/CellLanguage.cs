using System.Text.Json.Nodes;

namespace Ressourcerie.Analytics.Notebooks;

/// <summary>
/// Which Polyglot kernel a code cell is written for, read as VS Code's Polyglot extension reads it:
/// a leading <c>#!fsharp</c>-style line, else the cell's <c>polyglot_notebook.kernelName</c>, else
/// its <c>dotnet_interactive.language</c>, else the notebook's default kernel. The runner executes
/// C# only; the others are named in French so that the error says what the cell is.
/// </summary>
public static class CellLanguage
{
    public const string CSharp = "csharp";

    private static readonly Dictionary<string, string> KernelDisplayNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["csharp"] = "C#",
        ["c#"] = "C#",
        ["fsharp"] = "F#",
        ["f#"] = "F#",
        ["pwsh"] = "PowerShell",
        ["powershell"] = "PowerShell",
        ["javascript"] = "JavaScript",
        ["js"] = "JavaScript",
        ["html"] = "HTML",
        ["markdown"] = "Markdown",
        ["md"] = "Markdown",
        ["sql"] = "SQL",
        ["kql"] = "KQL",
        ["mermaid"] = "Mermaid",
        ["http"] = "HTTP",
        ["value"] = "valeur",
        ["python"] = "Python",
        ["r"] = "R",
    };

    /// <summary>True when <paramref name="name"/> names a Polyglot kernel (so <c>#!name</c> selects a language, not a magic command).</summary>
    public static bool IsKernelName(string name) => KernelDisplayNames.ContainsKey(name);

    public static bool IsCSharp(string kernelName) =>
        kernelName.Equals("csharp", StringComparison.OrdinalIgnoreCase) || kernelName.Equals("c#", StringComparison.OrdinalIgnoreCase);

    /// <summary>The language's name as a user reads it ("F#", "PowerShell"), or the kernel name itself.</summary>
    public static string DisplayName(string kernelName) => KernelDisplayNames.GetValueOrDefault(kernelName, kernelName);

    public static string Of(Notebook notebook, NotebookCell cell)
    {
        var leading = LeadingKernelLine(cell.Source);
        if (leading is not null) return leading;
        if (Text(cell.Metadata, "polyglot_notebook", "kernelName") is { } kernel) return kernel;
        if (Text(cell.Metadata, "dotnet_interactive", "language") is { } language) return language;
        return NotebookDefault(notebook);
    }

    public static string NotebookDefault(Notebook notebook)
    {
        if (Text(notebook.Metadata, "polyglot_notebook", "kernelInfo", "defaultKernelName") is { } kernel) return kernel;
        if (Text(notebook.Metadata, "kernelspec", "name") is { } spec)
        {
            if (spec.StartsWith(".net-", StringComparison.OrdinalIgnoreCase)) return spec[".net-".Length..];
            if (spec.StartsWith("python", StringComparison.OrdinalIgnoreCase)) return "python";
            if (spec.Equals("ir", StringComparison.OrdinalIgnoreCase)) return "r";
        }
        if (Text(notebook.Metadata, "kernelspec", "language") is { } language) return language;
        if (Text(notebook.Metadata, "language_info", "name") is { } info) return info;
        // A notebook with no kernel metadata at all (written by hand or by a tool): the toolkit's language.
        return CSharp;
    }

    /// <summary>The cell metadata VS Code's Polyglot extension writes for a C# cell.</summary>
    public static JsonObject CSharpCellMetadata() => new()
    {
        ["dotnet_interactive"] = new JsonObject { ["language"] = CSharp },
        ["polyglot_notebook"] = new JsonObject { ["kernelName"] = CSharp },
    };

    private static string? LeadingKernelLine(string source)
    {
        foreach (var line in source.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0) continue;
            if (!trimmed.StartsWith("#!", StringComparison.Ordinal)) return null;
            var name = trimmed[2..].Trim();
            return IsKernelName(name) ? name : null;
        }
        return null;
    }

    private static string? Text(JsonObject root, params string[] path)
    {
        JsonNode? node = root;
        foreach (var key in path)
        {
            if (node is not JsonObject obj) return null;
            node = obj[key];
        }
        return node is JsonValue value && value.TryGetValue(out string? text) && text.Length > 0 ? text : null;
    }
}
