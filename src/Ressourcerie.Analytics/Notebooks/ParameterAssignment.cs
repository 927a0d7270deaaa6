namespace Ressourcerie.Analytics.Notebooks;

/// <summary>A <c>-p NAME=VALUE</c> of the command line: the value stays text until the notebook's parameters cell says its type.</summary>
public sealed record ParameterAssignment(string Name, string Value)
{
    /// <summary>Reads <c>NAME=VALUE</c> (the value may contain <c>=</c>); throws <see cref="FormatException"/> with a French message.</summary>
    public static ParameterAssignment Parse(string argument)
    {
        int equals = argument.IndexOf('=');
        if (equals <= 0)
            throw new FormatException($"paramètre « {argument} » : attendu NOM=VALEUR (par exemple -p annee=2025)");
        var name = argument[..equals].Trim();
        if (!Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(name))
            throw new FormatException($"paramètre « {argument} » : « {name} » n'est pas un nom de variable C#");
        return new ParameterAssignment(name, argument[(equals + 1)..]);
    }
}
