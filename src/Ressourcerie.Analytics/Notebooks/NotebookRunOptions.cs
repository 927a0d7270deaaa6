using System.Globalization;

namespace Ressourcerie.Analytics.Notebooks;

/// <summary>How <see cref="NotebookRunner"/> runs a notebook.</summary>
public sealed record NotebookRunOptions
{
    /// <summary>
    /// Run with the notebook's folder as the working directory, as the kernel did, so that
    /// <c>File.ReadAllText("../data/sample/…")</c> means the same in VS Code and here. The working
    /// directory is the process's: a host that runs other work in parallel (a test run) sets this to
    /// false and gives the notebooks absolute paths.
    /// </summary>
    public bool UseNotebookDirectory { get; init; } = true;

    /// <summary>
    /// The culture cells run under. French by default: the team's machines are, and a fixed culture
    /// keeps <c>ToString()</c> outputs identical on every machine and in CI.
    /// </summary>
    public CultureInfo Culture { get; init; } = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>Called before each code cell with a French progress line ("cellule 3/12 : …").</summary>
    public Action<string>? Progress { get; init; }
}
