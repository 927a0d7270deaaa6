namespace Ressourcerie.Analytics.Interviews.Agreement;

/// <summary>
/// The reliability data read from a matrix file and the orientation that was used
/// (<see cref="MatrixOrientation.CodersInRows"/> or <see cref="MatrixOrientation.UnitsInRows"/>, never
/// <see cref="MatrixOrientation.Detect"/>). <paramref name="Warning"/> is the French message to show
/// when the orientation was chosen by detection rather than as typed or requested.
/// </summary>
public sealed record ReliabilityMatrixReading(ReliabilityData Data, MatrixOrientation Orientation, string? Warning)
{
    public bool OrientationDetected => Warning is not null;
}
