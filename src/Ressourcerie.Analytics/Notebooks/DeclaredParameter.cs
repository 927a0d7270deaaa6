using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;
using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Notebooks;

/// <summary>
/// A variable declared in the cell tagged <c>parameters</c> (<c>double seuil = 0.5;</c>,
/// <c>var annee = 2025;</c>): its name, its type as written (<c>var</c> or a type), the type it has,
/// and its default value as written.
/// </summary>
public sealed record DeclaredParameter(string Name, string TypeText, ParameterKind Kind, string DefaultText)
{
    /// <summary>
    /// The C# declaration that sets this parameter to <paramref name="value"/> (typed like the
    /// original: a double accepts "0.75" or "0,75", a date "2025-03-01" or "01/03/2025").
    /// Throws <see cref="FormatException"/> with a French message when the value does not fit.
    /// </summary>
    public string Declaration(string value) => $"{TypeText} {Name} = {Literal(value)};";

    public string Literal(string value)
    {
        var text = value.Trim();
        switch (Kind)
        {
            case ParameterKind.String:
                return SymbolDisplay.FormatLiteral(value, quote: true);
            case ParameterKind.Int:
                if (FrenchNumber.TryParseInteger(text, out long i) && i is >= int.MinValue and <= int.MaxValue)
                    return i.ToString(CultureInfo.InvariantCulture);
                throw Mismatch(value, "un entier (int)");
            case ParameterKind.Long:
                if (FrenchNumber.TryParseInteger(text, out long l)) return l.ToString(CultureInfo.InvariantCulture) + "L";
                throw Mismatch(value, "un entier (long)");
            case ParameterKind.Double:
                if (FrenchNumber.TryParse(text, out double d))
                {
                    var r = d.ToString("R", CultureInfo.InvariantCulture);
                    return r.Contains('.') || r.Contains('E') ? r : r + ".0";
                }
                throw Mismatch(value, "un nombre (double, « 0,75 » ou « 0.75 »)");
            case ParameterKind.Decimal:
                var normalized = text.Replace(" ", "").Replace("\u00A0", "").Replace("\u202F", "").Replace(',', '.');
                if (decimal.TryParse(normalized, NumberStyles.Number, CultureInfo.InvariantCulture, out decimal m))
                    return m.ToString(CultureInfo.InvariantCulture) + "m";
                throw Mismatch(value, "un nombre décimal (decimal)");
            case ParameterKind.Bool:
                return text.ToLowerInvariant() switch
                {
                    "true" or "vrai" or "oui" or "1" => "true",
                    "false" or "faux" or "non" or "0" => "false",
                    _ => throw Mismatch(value, "true ou false (vrai/faux, oui/non)"),
                };
            case ParameterKind.DateOnly:
                if (FrenchDate.TryParse(text, out var date, out var note) && note == DateParseNote.None)
                    return $"new DateOnly({date.Year}, {date.Month}, {date.Day})";
                throw Mismatch(value, "une date (« 2025-03-01 » ou « 01/03/2025 »)");
            default:
                throw new FormatException(
                    $"le paramètre « {Name} » est de type {TypeText} ({DefaultText}) : seuls les entiers, nombres, booléens, textes et dates (DateOnly) peuvent être donnés par -p");
        }
        FormatException Mismatch(string given, string expected) =>
            new($"le paramètre « {Name} » attend {expected}, comme sa valeur par défaut {DefaultText} ; reçu « {given} »");
    }
}
