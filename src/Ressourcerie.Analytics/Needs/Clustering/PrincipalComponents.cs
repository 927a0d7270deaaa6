namespace Ressourcerie.Analytics.Needs.Clustering;

/// <summary>
/// The first two principal components of the feature vectors, for the cluster chart: exact and
/// deterministic, not ML.NET's PCA, which is a randomized approximation whose axes depend on its
/// seed. Each axis is signed so that its largest loading is positive, so that the chart does not
/// flip between runs or machines.
/// </summary>
/// <remarks>
/// The axes are the eigenvectors of the d × d scatter matrix of the centred vectors (d ≈ 20
/// features), found by cyclic Jacobi rotations (Golub &amp; Van Loan, Matrix Computations, 4th ed.,
/// § 8.5), the eigenvalues being the squared singular values of the centred matrix. MathNet.Numerics'
/// SVD gives the same axes (a test compares them), but for a problem this small the library costs far
/// more than the arithmetic in the short-lived commands that cluster: ≈ 25 ms of CPU in a new process
/// (its generic matrix types compiled at run time, its QR starting Parallel.For), measured on the
/// whole clustering of 150 institutions (0.130 → 0.106 s CPU), against about a millisecond here.
/// </remarks>
internal static class PrincipalComponents
{
    /// <returns>The coordinates of each point on the two axes and the share of variance each axis explains.</returns>
    public static (double X, double Y)[] Project(IReadOnlyList<double[]> points, out double[] explainedVariance)
    {
        int n = points.Count, d = points[0].Length;
        explainedVariance = [0, 0];
        var result = new (double X, double Y)[n];
        if (n < 2) return result;

        var mean = new double[d];
        foreach (var point in points)
            for (int j = 0; j < d; j++) mean[j] += point[j];
        for (int j = 0; j < d; j++) mean[j] /= n;
        var centred = new double[n * d];
        var scatter = new double[d * d];
        for (int i = 0; i < n; i++)
        {
            int row = i * d;
            for (int j = 0; j < d; j++) centred[row + j] = points[i][j] - mean[j];
            for (int a = 0; a < d; a++)
                for (int b = a; b < d; b++) scatter[a * d + b] += centred[row + a] * centred[row + b];
        }
        for (int a = 0; a < d; a++)
            for (int b = 0; b < a; b++) scatter[a * d + b] = scatter[b * d + a];

        var vectors = SymmetricEigenvectors(scatter, d);
        double total = 0;
        for (int j = 0; j < d; j++) total += Math.Max(0, scatter[j * d + j]);
        // The two largest eigenvalues; among equal ones, the first column.
        int first = -1, second = -1;
        for (int j = 0; j < d; j++)
        {
            double eigenvalue = scatter[j * d + j];
            if (first < 0 || eigenvalue > scatter[first * d + first])
            {
                second = first;
                first = j;
            }
            else if (second < 0 || eigenvalue > scatter[second * d + second]) second = j;
        }

        var coordinates = new double[2][];
        for (int c = 0; c < 2; c++)
        {
            coordinates[c] = new double[n];
            if (c >= Math.Min(n, d)) continue;
            int column = c == 0 ? first : second;
            double eigenvalue = Math.Max(0, scatter[column * d + column]);
            // Numerically zero: below the rounding of the scatter matrix's entries (a rank-one set of
            // points has no second axis), or a singular value at most 1e-12 as before.
            if (Math.Sqrt(eigenvalue) <= 1e-12 || eigenvalue <= 1e-13 * total) continue;
            var axis = new double[d];
            int largest = 0;
            for (int j = 0; j < d; j++)
            {
                axis[j] = vectors[j * d + column];
                if (Math.Abs(axis[j]) > Math.Abs(axis[largest])) largest = j;
            }
            if (axis[largest] < 0)
                for (int j = 0; j < d; j++) axis[j] = -axis[j];
            for (int i = 0; i < n; i++)
            {
                double sum = 0;
                for (int j = 0; j < d; j++) sum += centred[i * d + j] * axis[j];
                coordinates[c][i] = sum;
            }
            explainedVariance[c] = total > 0 ? eigenvalue / total : 0;
        }
        for (int i = 0; i < n; i++) result[i] = (coordinates[0][i], coordinates[1][i]);
        return result;
    }

    /// <summary>
    /// Diagonalises the symmetric <paramref name="matrix"/> (d × d, row-major) in place by cyclic
    /// Jacobi rotations: its diagonal ends as the eigenvalues; returns the eigenvectors as the
    /// columns of a d × d row-major matrix.
    /// </summary>
    internal static double[] SymmetricEigenvectors(double[] matrix, int d)
    {
        var vectors = new double[d * d];
        for (int j = 0; j < d; j++) vectors[j * d + j] = 1;
        double norm = 0;
        foreach (double value in matrix) norm += value * value;
        for (int sweep = 0; sweep < 100; sweep++)
        {
            double off = 0;
            for (int p = 0; p < d; p++)
                for (int q = p + 1; q < d; q++) off += matrix[p * d + q] * matrix[p * d + q];
            if (off <= 1e-34 * norm) break;
            for (int p = 0; p < d - 1; p++)
                for (int q = p + 1; q < d; q++)
                {
                    double apq = matrix[p * d + q];
                    if (apq == 0) continue;
                    // The rotation that zeroes (p, q): t = tan θ, the smaller root (Golub & Van Loan, Algorithm 8.5.1).
                    double tau = (matrix[q * d + q] - matrix[p * d + p]) / (2 * apq);
                    double t = double.IsInfinity(tau * tau) ? 1 / (2 * tau) : (tau >= 0 ? 1 : -1) / (Math.Abs(tau) + Math.Sqrt(1 + tau * tau));
                    double c = 1 / Math.Sqrt(1 + t * t), s = t * c;
                    for (int k = 0; k < d; k++)
                    {
                        double kp = matrix[k * d + p], kq = matrix[k * d + q];
                        matrix[k * d + p] = c * kp - s * kq;
                        matrix[k * d + q] = s * kp + c * kq;
                    }
                    for (int k = 0; k < d; k++)
                    {
                        double pk = matrix[p * d + k], qk = matrix[q * d + k];
                        matrix[p * d + k] = c * pk - s * qk;
                        matrix[q * d + k] = s * pk + c * qk;
                    }
                    for (int k = 0; k < d; k++)
                    {
                        double kp = vectors[k * d + p], kq = vectors[k * d + q];
                        vectors[k * d + p] = c * kp - s * kq;
                        vectors[k * d + q] = s * kp + c * kq;
                    }
                }
        }
        return vectors;
    }
}
