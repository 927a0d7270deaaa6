namespace Ressourcerie.Analytics.Impact;

/// <summary>
/// The net result's running statistics after the first <see cref="Iterations"/> draws: the mean
/// settles and its standard error σ / √n shrinks as iterations grow.
/// </summary>
public sealed record ConvergencePoint(int Iterations, double MeanKgCO2e, double P5KgCO2e, double P95KgCO2e, double StandardErrorKgCO2e);
