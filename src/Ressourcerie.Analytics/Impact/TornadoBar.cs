namespace Ressourcerie.Analytics.Impact;

/// <summary>
/// One bar of the tornado: the scenario's net result (kgCO2e) with one factor at its low then its
/// high value, every other factor at its typical value.
/// </summary>
public sealed record TornadoBar(
    string FactorId,
    string LabelFr,
    string Unit,
    double Low,
    double Typical,
    double High,
    double NetAtLowKgCO2e,
    double NetAtHighKgCO2e,
    double BaseNetKgCO2e,
    string Source)
{
    /// <summary>How far the factor moves the result: |net at high − net at low|.</summary>
    public double SwingKgCO2e => Math.Abs(NetAtHighKgCO2e - NetAtLowKgCO2e);
}
