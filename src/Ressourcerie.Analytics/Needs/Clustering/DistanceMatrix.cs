using System.Numerics;

namespace Ressourcerie.Analytics.Needs.Clustering;

/// <summary>
/// Euclidean distances between feature vectors, computed once and kept (as floats, in one flat array)
/// when there are at most <see cref="MaxStoredPoints"/> points, since the silhouette of every k reads
/// them all; beyond that, each row is recomputed when asked, in constant memory.
/// </summary>
/// <remarks>
/// A row is computed a feature at a time over all the points, several points per vector register
/// (<see cref="Vector{T}"/>): each distance is still the square root of the squared differences
/// summed in the order of the features, in double, so the same bits as <see cref="Distance"/>.
/// </remarks>
internal sealed class DistanceMatrix
{
    public const int MaxStoredPoints = 4000;

    private readonly IReadOnlyList<double[]> _points;
    private readonly double[] _byFeature;
    private readonly int _dimension;
    private readonly float[]? _stored;

    public DistanceMatrix(IReadOnlyList<double[]> points)
    {
        _points = points;
        int n = points.Count;
        _dimension = n == 0 ? 0 : points[0].Length;
        _byFeature = new double[_dimension * n];
        for (int j = 0; j < n; j++)
            for (int k = 0; k < _dimension; k++) _byFeature[k * n + j] = points[j][k];
        if (n > MaxStoredPoints) return;
        _stored = new float[n * n];
        var row = new double[n];
        for (int i = 0; i < n; i++)
        {
            Row(i, i + 1, row);
            for (int j = i + 1; j < n; j++)
                _stored[i * n + j] = _stored[j * n + i] = (float)row[j];
        }
    }

    public int Count => _points.Count;

    public bool IsStored => _stored is not null;

    /// <summary>The distances from point <paramref name="i"/> to every point, as stored (only when <see cref="IsStored"/>).</summary>
    public ReadOnlySpan<float> StoredRow(int i) => new(_stored, i * _points.Count, _points.Count);

    /// <summary>The distances from point <paramref name="i"/> to every point, computed (when not <see cref="IsStored"/>).</summary>
    public void ComputeRow(int i, double[] into) => Row(i, 0, into);

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

    /// <summary>The distances from point <paramref name="i"/> to the points <paramref name="from"/> … n − 1, into the same slots of <paramref name="into"/>.</summary>
    private void Row(int i, int from, double[] into)
    {
        int n = _points.Count, width = Vector<double>.Count;
        var point = _points[i];
        Array.Clear(into, from, n - from);
        for (int k = 0; k < _dimension; k++)
        {
            double x = point[k];
            var xs = new Vector<double>(x);
            int offset = k * n, j = from;
            for (; j <= n - width; j += width)
            {
                var difference = xs - new Vector<double>(_byFeature, offset + j);
                (new Vector<double>(into, j) + difference * difference).CopyTo(into, j);
            }
            for (; j < n; j++)
            {
                double difference = x - _byFeature[offset + j];
                into[j] += difference * difference;
            }
        }
        int s = from;
        for (; s <= n - width; s += width) Vector.SquareRoot(new Vector<double>(into, s)).CopyTo(into, s);
        for (; s < n; s++) into[s] = Math.Sqrt(into[s]);
    }
}
