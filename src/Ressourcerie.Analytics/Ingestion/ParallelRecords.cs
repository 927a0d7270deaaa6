using System.Globalization;
using System.Runtime.ExceptionServices;

namespace Ressourcerie.Analytics.Ingestion;

/// <summary>
/// The rows of a large CSV file validated on several cores. The parsing thread of
/// <see cref="CsvTabularReader"/> hands out batches of rows in file order; each worker takes the next
/// batch, validates its rows with a <see cref="RowValidator"/> and a parser of its own into a report of
/// its own, and the batches' records and reports are then put back in file order. The result is the
/// one <see cref="RowValidator.Records{T}"/> gives: the same records in the same order, the same issues
/// (rows, columns, messages, suggestions) in the same order, the same counts. The rules a parser applies
/// must therefore depend only on its row and on caches that give the same answer whichever thread fills
/// them (the category and status tables, the institution index).
/// </summary>
/// <remarks>
/// A national inventory spends about three quarters of its reading time in the rules and a quarter in
/// CSV parsing: with parsing alone on the second core, the first core did the rules on its own.
/// </remarks>
internal static class ParallelRecords
{
    /// <summary>Validating threads: one per core, the parsing thread sharing them; beyond four, parsing is what limits.</summary>
    public static int DefaultWorkers { get; } = Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>
    /// Every record of <paramref name="reader"/>'s rows, in file order, its issues and counts added to
    /// <paramref name="report"/>. <paramref name="parserFor"/> makes one parser per worker, bound to that
    /// worker's validator (its caches are then the worker's own).
    /// </summary>
    public static List<T> Read<T>(
        CsvTabularReader reader, ColumnMap columns, DataQualityReport report, Func<RowValidator, Func<T?>> parserFor, int workers)
        where T : class
    {
        // Registered before any row, as the sequential validator registers it.
        report.CountsOf(reader.File);
        var done = new SortedDictionary<int, (List<T> Records, DataQualityReport Report)>();
        var gate = new object();
        int taken = 0;
        bool stop = false, brokeOff = false;
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;

        void Work()
        {
            // Messages are formatted in the caller's culture, whichever thread writes them.
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
            var cursor = reader.NewCursor();
            var validator = new RowValidator(cursor, columns, new DataQualityReport());
            var parse = parserFor(validator);
            try
            {
                while (true)
                {
                    CsvTabularReader.RowBatch? batch;
                    int index;
                    lock (gate)
                    {
                        if (stop) return;
                        batch = reader.TakeBatch();
                        if (batch is null) return;
                        index = taken++;
                    }
                    var fragment = new DataQualityReport();
                    validator.ReportTo(fragment);
                    var records = new List<T>(batch.Rows);
                    cursor.Load(batch);
                    while (cursor.Read())
                    {
                        var record = validator.Begin() ? parse() : null;
                        if (validator.End() && record is not null) records.Add(record);
                    }
                    cursor.Load(null);
                    bool broken = batch.Error is not null;
                    if (broken) fragment.Add(batch.Error!.ToIssue());
                    reader.Recycle(batch);
                    lock (done)
                    {
                        done.Add(index, (records, fragment));
                        brokeOff |= broken;
                    }
                }
            }
            catch
            {
                lock (gate) stop = true;
                throw;
            }
        }

        var helpers = new Task[Math.Max(0, workers - 1)];
        for (int i = 0; i < helpers.Length; i++) helpers[i] = Task.Factory.StartNew(Work, TaskCreationOptions.LongRunning);
        Exception? failure = null;
        try
        {
            Work();
        }
        catch (Exception e)
        {
            failure = e;
        }
        foreach (var helper in helpers)
        {
            try
            {
                helper.Wait();
            }
            catch (AggregateException e)
            {
                failure ??= e.InnerException;
            }
        }
        if (failure is not null) ExceptionDispatchInfo.Throw(failure);

        var all = new List<T>(done.Values.Sum(d => d.Records.Count));
        long rows = 0;
        foreach (var (records, fragment) in done.Values)
        {
            all.AddRange(records);
            report.Merge(fragment);
            rows += fragment.RowsRead;
        }
        // As RowValidator.Next says it: a file whose reading broke off is not said to be empty.
        if (rows == 0 && !brokeOff) RowValidator.WarnNoRows(report, reader.File);
        return all;
    }
}
