namespace Ressourcerie.Analytics.Needs.Clustering;

/// <summary>
/// Euclidean distances between feature vectors, computed once and kept (as floats, in one flat array)
/// when there are at most <see cref="MaxStoredPoints"/> points, since the silhouette of every k reads
/// them all; beyond that, each row is recomputed when asked, in constant memory.
/// </summary>
internal sealed class DistanceMatrix
{
    public const int MaxStoredPoints = 4000;

    private readonly IReadOnlyList<double[]> _points;
    private readonly float[]? _stored;

    public DistanceMatrix(IReadOnlyList<double[]> points)
    {
        _points = points;
        int n = points.Count;
        if (n > MaxStoredPoints) return;
        _stored = new float[n * n];
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
                _stored[i * n + j] = _stored[j * n + i] = (float)Distance(points[i], points[j]);
    }

    public int Count => _points.Count;

    public bool IsStored => _stored is not null;

    /// <summary>The distances from point <paramref name="i"/> to every point, as stored (only when <see cref="IsStored"/>).</summary>
    public ReadOnlySpan<float> StoredRow(int i) => _stored.AsSpan(i * _points.Count, _points.Count);

    /// <summary>The distances from point <paramref name="i"/> to every point, computed (when not <see cref="IsStored"/>).</summary>
    public void ComputeRow(int i, double[] into)
    {
        for (int j = 0; j < _points.Count; j++) into[j] = Distance(_points[i], _points[j]);
    }

    public static double Distance(double[] a, double[] b)
    {
        double sum = 0;
        for (int k = 0; k < a.Length; k++)
        {
            double d = a[k] - b[k];
            sum += d * d;
        }
        return Math.Sqrt(sum);
    }
}
