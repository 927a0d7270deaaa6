using System.CommandLine;
using System.CommandLine.Help;

namespace Ressourcerie.Cli;

/// <summary>
/// System.CommandLine 2.0.0's French resources translate the section titles ("Utilisation :",
/// "Options :") but not the help and version options' descriptions nor the "[default: …]" and
/// "(REQUIRED)" labels, and its HelpBuilder is internal in that version: the descriptions are set
/// here and the remaining labels are translated in the rendered help text.
/// </summary>
public static class FrenchHelp
{
    public static void Apply(RootCommand root)
    {
        foreach (var option in root.Options)
        {
            if (option is HelpOption help) help.Description = "Affiche l'aide, les options et un exemple.";
            else if (option is VersionOption version) version.Description = "Affiche la version de l'outil.";
        }
    }

    public static bool IsHelp(ParseResult parsed) => parsed.Action is HelpAction;

    /// <summary>Translates the labels the library leaves in English.</summary>
    public static string Translate(string help) => help
        .Replace("Description:", "Description :", StringComparison.Ordinal)
        .Replace("[command]", "[commande]", StringComparison.Ordinal)
        .Replace("Arguments:", "Arguments :", StringComparison.Ordinal)
        .Replace("[default: ", "[par défaut : ", StringComparison.Ordinal)
        .Replace("(REQUIRED)   ", "(obligatoire)", StringComparison.Ordinal) // same width: columns stay aligned
        .Replace("(REQUIRED)", "(obligatoire)", StringComparison.Ordinal)
        .Replace("Show help and usage information", "Affiche l'aide, les options et un exemple.", StringComparison.Ordinal)
        .Replace("Show version information", "Affiche la version de l'outil.", StringComparison.Ordinal);
}
