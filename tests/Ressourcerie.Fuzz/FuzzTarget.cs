using Ressourcerie.Analytics;
using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Impact;
using Ressourcerie.Analytics.Interviews.Readers;
using Ressourcerie.Analytics.Inventories.Imports;

namespace Ressourcerie.Fuzz;

/// <summary>
/// Feeds one mutated file to the readers from a fresh folder: <see cref="TabularFile.Open(string, string?, IEnumerable{string}?)"/>
/// (every row, every cell, by its kind), then <see cref="Study.Load(string, StudyOptions?)"/>,
/// <see cref="CodingsReader.Read"/> (and, for our layout's interviews and codings, <c>Study.Load</c> too),
/// <see cref="AssetExport.Read"/> (GLPI, Snipe-IT) or <see cref="ScenarioReader.Read"/>. An <see cref="InputFileException"/> is a proper refusal; any
/// other exception is a crash, and so is a broken invariant: rows read that are neither accepted nor
/// rejected, an issue whose message is empty or shows an exception type, a stack frame or <c>System.</c>.
/// </summary>
public static partial class FuzzTarget
{
    private static readonly StudyOptions Options = new() { Clock = new FixedYear() };

    public static FuzzOutcome Run(SeedFile seed, byte[] bytes, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var (name, content) in seed.Companions) File.WriteAllBytes(Path.Combine(folder, name), content);
        var path = Path.Combine(folder, seed.Name);
        File.WriteAllBytes(path, bytes);
        try
        {
            ReadEveryCell(path);
            var report = new DataQualityReport();
            if (seed.Kind == SeedKind.StudyInput) report = Study.Load(folder, Options).Quality;
            else
            {
                try
                {
                    switch (seed.Kind)
                    {
                        case SeedKind.Codings: CodingsReader.Read(path, report); break;
                        case SeedKind.AssetExport: AssetExport.Read(path, report); break;
                        default: ScenarioReader.Read(path); break;
                    }
                }
                catch (InputFileException e)
                {
                    report.Add(e.ToIssue());
                }
            }
            if (!report.IsBalanced) return new("invariant : lignes lues ≠ acceptées + rejetées");
            var issues = report.Issues.ToList();
            // Our layout's interviews and codings are also read as part of a study folder.
            if (seed.Kind == SeedKind.Codings && (seed.Name.StartsWith("codages", StringComparison.OrdinalIgnoreCase) || seed.Name.StartsWith("entretiens", StringComparison.OrdinalIgnoreCase)))
            {
                var study = Study.Load(folder, Options).Quality;
                if (!study.IsBalanced) return new("invariant : lignes lues ≠ acceptées + rejetées (étude)");
                issues.AddRange(study.Issues);
            }
            if (issues.FirstOrDefault(i => IsTechnical(i.Message)) is { } bad)
                return new($"invariant : message vide ou technique ({Unquoted(bad.Message)[..Math.Min(60, Unquoted(bad.Message).Length)]}…)", bad.ToString());
            return FuzzOutcome.Fine;
        }
        catch (InputFileException)
        {
            return seed.Kind == SeedKind.StudyInput ? new("Study.Load a laissé échapper une InputFileException") : FuzzOutcome.Fine;
        }
        catch (Exception e)
        {
            return new($"{e.GetType().Name} : {FirstLine(e.Message)} ({Where(e)})", e.ToString());
        }
    }

    /// <summary>Opens the file as a table, if it is one, and touches every cell as a reader would.</summary>
    private static void ReadEveryCell(string path)
    {
        TabularReader reader;
        try
        {
            reader = TabularFile.Open(path);
        }
        catch (InputFileException)
        {
            return;
        }
        using (reader)
        {
            _ = reader.Description;
            try
            {
                while (reader.Read())
                {
                    _ = reader.RowNumber;
                    bool merged = reader.RowHasMergedCells;
                    for (int c = -1; c <= reader.Headers.Count; c++)
                    {
                        switch (reader.Kind(c))
                        {
                            case CellKind.Number: _ = reader.Number(c); break;
                            case CellKind.Date: _ = reader.Date(c); break;
                        }
                        _ = reader.Span(c).Length;
                        if (merged) _ = reader.MergedFrom(c);
                    }
                }
            }
            catch (InputFileException)
            {
                // A file that breaks past a row is refused there, in French: a proper outcome.
            }
        }
    }

    /// <summary>An empty message, or one that shows .NET's own text outside the values it quotes (« … »).</summary>
    private static bool IsTechnical(string message)
    {
        var own = Unquoted(message);
        return own.Trim().Length == 0 || TypeName().IsMatch(own) || own.Contains("   at ", StringComparison.Ordinal)
               || own.Contains("System.", StringComparison.Ordinal);
    }

    private static string Unquoted(string message) => System.Text.RegularExpressions.Regex.Replace(message, "«[^»]*»", "«»");

    /// <summary>An exception's type name ("InvalidDataException"), not the word "Exception" that a quoted title may hold.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b[A-Z]\w+Exception\b")]
    private static partial System.Text.RegularExpressions.Regex TypeName();

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();

    /// <summary>The first frame of the stack in the toolkit's own code, which tells crashes apart.</summary>
    private static string Where(Exception e)
    {
        var frames = (e.StackTrace ?? "").Split('\n').Select(f => f.Trim());
        return frames.FirstOrDefault(f => f.Contains("Ressourcerie.Analytics", StringComparison.Ordinal)) ?? frames.FirstOrDefault() ?? "?";
    }

    private sealed class FixedYear : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2025, 6, 15, 12, 0, 0, TimeSpan.Zero);
    }
}
