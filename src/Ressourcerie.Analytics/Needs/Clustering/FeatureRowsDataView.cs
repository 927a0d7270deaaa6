using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Runtime;

namespace Ressourcerie.Analytics.Needs.Clustering;

/// <summary>
/// The feature vectors as an ML.NET data view: one column, <c>Features</c>, a vector of
/// <c>Single</c>, read from one flat row-major array. ML.NET documents this way of feeding it
/// in-memory data ("implement IDataView"); <c>LoadFromEnumerable</c> does the same through
/// reflection and code it emits at run time, which a command that lives a second pays for in
/// compilation at every run, and it reads each row through several delegates. Rows are read in
/// order, never shuffled; the values handed to the trainer are the same floats.
/// </summary>
internal sealed class FeatureRowsDataView : IDataView
{
    public const string FeaturesColumn = "Features";

    private readonly float[] _values;
    private readonly int _dimension;
    private readonly int _count;

    /// <param name="context">The context the view is registered in, as ML.NET registers its own
    /// views: <c>LoadFromEnumerable</c>'s view registers one component. Each registration draws a
    /// seed from the context's generator, and the k-means++ trainer created next draws its own
    /// after them: registering exactly one keeps the trainer's draws, hence the clusters of a seed,
    /// those it had over <c>LoadFromEnumerable</c>'s view.</param>
    public FeatureRowsDataView(MLContext context, float[] values, int dimension)
    {
        if (dimension <= 0 || values.Length % dimension != 0)
            throw new ArgumentException($"Expected whole rows of {dimension} values, got {values.Length} values.", nameof(values));
        ((IHostEnvironment)context).Register(nameof(FeatureRowsDataView));
        _values = values;
        _dimension = dimension;
        _count = values.Length / dimension;
        var builder = new DataViewSchema.Builder();
        builder.AddColumn(FeaturesColumn, new VectorDataViewType(NumberDataViewType.Single, dimension));
        Schema = builder.ToSchema();
    }

    public DataViewSchema Schema { get; }

    public bool CanShuffle => false;

    public long? GetRowCount() => _count;

    public DataViewRowCursor GetRowCursor(IEnumerable<DataViewSchema.Column> columnsNeeded, Random? rand = null)
    {
        bool active = false;
        foreach (var column in columnsNeeded) active |= column.Index == 0;
        return new Cursor(this, active);
    }

    public DataViewRowCursor[] GetRowCursorSet(IEnumerable<DataViewSchema.Column> columnsNeeded, int n, Random? rand = null) =>
        [GetRowCursor(columnsNeeded, rand)];

    private sealed class Cursor : DataViewRowCursor
    {
        private readonly FeatureRowsDataView _view;
        private readonly bool _active;
        private long _position = -1;
        private bool _done;

        public Cursor(FeatureRowsDataView view, bool active)
        {
            _view = view;
            _active = active;
        }

        public override long Position => _position;

        public override long Batch => 0;

        public override DataViewSchema Schema => _view.Schema;

        public override bool MoveNext()
        {
            if (_done) return false;
            if (_position + 1 < _view._count)
            {
                _position++;
                return true;
            }
            _done = true;
            _position = -1;
            return false;
        }

        public override bool IsColumnActive(DataViewSchema.Column column) => column.Index == 0 && _active;

        public override ValueGetter<TValue> GetGetter<TValue>(DataViewSchema.Column column)
        {
            if (!IsColumnActive(column))
                throw new ArgumentOutOfRangeException(nameof(column), column.Name, "Column not active in this cursor.");
            if (typeof(TValue) != typeof(VBuffer<float>))
                throw new InvalidOperationException($"Column {FeaturesColumn} holds VBuffer<Single>, not {typeof(TValue)}.");
            return (ValueGetter<TValue>)(Delegate)(ValueGetter<VBuffer<float>>)GetFeatures;
        }

        public override ValueGetter<DataViewRowId> GetIdGetter() => GetId;

        private void GetFeatures(ref VBuffer<float> value)
        {
            if (_position < 0) throw new InvalidOperationException("The cursor is not on a row.");
            // Copied into the caller's buffer: ML.NET's readers may swap or overwrite it.
            var editor = VBufferEditor.Create(ref value, _view._dimension);
            new ReadOnlySpan<float>(_view._values, (int)_position * _view._dimension, _view._dimension).CopyTo(editor.Values);
            value = editor.Commit();
        }

        private void GetId(ref DataViewRowId value)
        {
            if (_position < 0) throw new InvalidOperationException("The cursor is not on a row.");
            value = new DataViewRowId((ulong)_position, 0);
        }
    }
}
