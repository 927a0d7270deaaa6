namespace Ressourcerie.Analytics.Interviews.Agreement;

/// <summary>
/// A coefficient of agreement (percent agreement, a kappa) and the number of units it rests on.
/// When the coefficient is undefined for the data (no unit coded by both coders, every unit in
/// one and the same category…), <see cref="Value"/> is <see cref="double.NaN"/> and
/// <see cref="Explanation"/> says why, in French: never an exception.
/// </summary>
public sealed record AgreementCoefficient(double Value, int Units, string? Explanation = null)
{
    public bool IsDefined => !double.IsNaN(Value);

    /// <summary>The value, or null when undefined (for JSON, which has no NaN).</summary>
    public double? ValueOrNull => IsDefined ? Value : null;

    internal static AgreementCoefficient Undefined(int units, string explanation) => new(double.NaN, units, explanation);
}
