namespace Ressourcerie.Analytics.Interviews.Agreement;

/// <summary>How a reliability matrix file is laid out.</summary>
public enum MatrixOrientation
{
    /// <summary>Read as typed unless the shape makes that reading implausible (see <see cref="ReliabilityMatrixReader"/>).</summary>
    Detect,

    /// <summary>Krippendorff's layout: one row per coder, one column per unit.</summary>
    CodersInRows,

    /// <summary>The SPSS/KALPHA layout: one row per unit, one column per coder.</summary>
    UnitsInRows,
}
