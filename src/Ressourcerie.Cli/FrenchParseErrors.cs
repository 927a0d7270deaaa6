using System.Text.RegularExpressions;

namespace Ressourcerie.Cli;

/// <summary>
/// The command-line errors that System.CommandLine 2.0.0's French resources leave in English
/// ("Option '--level' is required.", "Cannot parse argument 'abc' for option '--seed'…"),
/// translated; the others are already French and pass through unchanged.
/// </summary>
public static partial class FrenchParseErrors
{
    public static string Translate(string message)
    {
        var m = CannotParse().Match(message);
        if (m.Success)
        {
            var target = m.Groups["kind"].Value == "option" ? $"l'option {m.Groups["name"].Value}" : m.Groups["kind"].Success ? $"la commande {m.Groups["name"].Value}" : "l'argument";
            var suggestions = m.Groups["rest"].Value.Trim();
            return $"valeur « {m.Groups["value"].Value} » impossible à lire pour {target} : {Expected(m.Groups["type"].Value)} attendu.{(suggestions.Length > 0 ? $" Valeurs proches : {suggestions}" : "")}";
        }
        if ((m = Required().Match(message)).Success) return $"l'option {m.Groups[1].Value} est obligatoire.";
        if ((m = SingleArgument().Match(message)).Success) return $"l'option {m.Groups[1].Value} attend une seule valeur, {m.Groups[2].Value} ont été données.";
        if ((m = NotMatched().Match(message)).Success) return $"« {m.Groups[1].Value} » ne correspond à rien. Vouliez-vous dire :{m.Groups[2].Value}";
        if ((m = NotCombined().Match(message)).Success) return $"l'option {m.Groups[1].Value} ne se combine pas avec d'autres arguments.";
        if ((m = FileNameCharacter().Match(message)).Success) return $"caractère interdit dans un nom de fichier : « {m.Groups[1].Value} ».";
        return message;
    }

    private static string Expected(string type) => type switch
    {
        "System.Int32" or "System.Int64" or "System.Nullable`1[System.Int32]" => "un nombre entier",
        "System.Double" or "System.Decimal" or "System.Single" => "un nombre",
        "System.Boolean" => "true ou false",
        _ => $"une valeur de type {type}",
    };

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*?)'( for (?<kind>option|command) '(?<name>[^']*)')? as expected type '(?<type>[^']*)'\.(?: Did you mean one of the following\?)?(?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex CannotParse();

    [GeneratedRegex(@"^Option '([^']*)' is required\.$")]
    private static partial Regex Required();

    [GeneratedRegex(@"^Option '([^']*)' expects a single argument but (\d+) were provided\.$")]
    private static partial Regex SingleArgument();

    [GeneratedRegex(@"^'(.*)' was not matched\. Did you mean one of the following\?(.*)$", RegexOptions.Singleline)]
    private static partial Regex NotMatched();

    [GeneratedRegex(@"^(.*) option cannot be combined with other arguments\.$")]
    private static partial Regex NotCombined();

    [GeneratedRegex(@"^Character not allowed in a file name: '(.*)'\.$")]
    private static partial Regex FileNameCharacter();
}
