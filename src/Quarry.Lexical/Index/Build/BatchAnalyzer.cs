using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Quarry.Data.Records;
using Quarry.Lexical.Analysis;

namespace Quarry.Lexical.Index.Build;

/// <summary>A run of consecutive passages handed to the analysis threads; the thread that takes it fills in the lengths.</summary>
internal sealed class PassageBatch(int firstDoc, List<Passage> passages)
{
    public int FirstDoc { get; } = firstDoc;

    /// <summary>The texts; dropped once analyzed, so a batch in the length list holds only its lengths.</summary>
    public List<Passage>? Passages { get; set; } = passages;

    public int[] Lengths { get; } = new int[passages.Count];
}

/// <summary>
/// Analyzes and inverts batches on several threads, each with its own analyzer and its own <see cref="PartialInverter"/>.
/// Threads take batches in order from one queue, so each thread's documents ascend and its postings need no sorting; the
/// parts are merged term by term when the postings are written. Results are identical for any thread count.
/// </summary>
internal sealed class BatchAnalyzer : IDisposable
{
    private readonly BlockingCollection<PassageBatch> _queue;
    private readonly CancellationTokenSource _cancel = new();
    private readonly PartialInverter[] _parts;
    private readonly Thread[] _threads;
    private readonly Func<IAnalyzer> _factory;
    private Exception? _failure;
    private long _done;

    public BatchAnalyzer(Func<IAnalyzer> factory, int threads)
    {
        _factory = factory;
        int count = Math.Max(1, threads);

        // Two batches waiting per thread keep every thread busy while bounding the texts in memory.
        _queue = new BlockingCollection<PassageBatch>(new ConcurrentQueue<PassageBatch>(), 2 * count);
        _parts = new PartialInverter[count];
        _threads = new Thread[count];
        for (int t = 0; t < count; t++)
        {
            _parts[t] = new PartialInverter();
            var part = _parts[t];
            _threads[t] = new Thread(() => Work(part)) { IsBackground = true, Name = "quarry-index-" + t };
            _threads[t].Start();
        }
    }

    /// <summary>Passages analyzed so far (any thread may read it).</summary>
    public long Done => Interlocked.Read(ref _done);

    /// <summary>Queues a batch, waiting while the queue is full; throws what an analysis thread failed with.</summary>
    public void Add(PassageBatch batch)
    {
        try
        {
            _queue.Add(batch, _cancel.Token);
        }
        catch (OperationCanceledException)
        {
            ThrowFailure();
            throw;
        }
    }

    /// <summary>Waits for the queued batches and returns the merged inversion.</summary>
    public Inverter Finish()
    {
        _queue.CompleteAdding();
        foreach (var thread in _threads)
        {
            thread.Join();
        }

        ThrowFailure();
        return new Inverter(_parts);
    }

    public void Dispose()
    {
        if (!_queue.IsAddingCompleted)
        {
            _queue.CompleteAdding();
        }

        _cancel.Cancel();
        foreach (var thread in _threads)
        {
            thread.Join();
        }

        _queue.Dispose();
        _cancel.Dispose();
    }

    private void Work(PartialInverter part)
    {
        try
        {
            var analyzer = _factory();
            var scratch = new List<string>(256);
            foreach (var batch in _queue.GetConsumingEnumerable(_cancel.Token))
            {
                var passages = batch.Passages!;
                for (int i = 0; i < passages.Count; i++)
                {
                    var p = passages[i];
                    string text = p.Title is { Length: > 0 } title ? title + " " + p.Text : p.Text;
                    batch.Lengths[i] = part.Add(batch.FirstDoc + i, text, analyzer, scratch);
                }

                batch.Passages = null;
                Interlocked.Add(ref _done, passages.Count);
            }

            part.Seal();
        }
        catch (OperationCanceledException) when (_cancel.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            Interlocked.CompareExchange(ref _failure, e, null);
            _cancel.Cancel();
        }
    }

    private void ThrowFailure()
    {
        if (_failure is { } failure)
        {
            ExceptionDispatchInfo.Capture(failure).Throw();
        }
    }
}
