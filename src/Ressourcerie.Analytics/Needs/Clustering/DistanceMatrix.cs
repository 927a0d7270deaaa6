namespace Ressourcerie.Analytics.Needs.Clustering;

/// <summary>
/// Euclidean distances between feature vectors, computed once and kept (as floats) when there are
/// at most <see cref="MaxStoredPoints"/> points, since the silhouette of every k reads them all;
/// beyond that, each row is recomputed when asked, in constant memory.
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

    public void Row(int i, double[] into)
    {
        int n = _points.Count;
        if (_stored is not null)
        {
            for (int j = 0; j < n; j++) into[j] = _stored[i * n + j];
            return;
        }
        for (int j = 0; j < n; j++) into[j] = Distance(_points[i], _points[j]);
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
