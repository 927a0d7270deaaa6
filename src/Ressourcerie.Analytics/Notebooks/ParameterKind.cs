namespace Ressourcerie.Analytics.Notebooks;

/// <summary>The C# type of a notebook parameter, as its declaration in the parameters cell says.</summary>
public enum ParameterKind
{
    Int,
    Long,
    Double,
    Decimal,
    Bool,
    String,
    DateOnly,

    /// <summary>A type <c>-p</c> cannot set (an array, an object…): the parameter keeps its value.</summary>
    Unsupported,
}
