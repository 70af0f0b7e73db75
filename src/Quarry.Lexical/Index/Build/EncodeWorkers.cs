using System.Runtime.ExceptionServices;
using Quarry.Lexical.Index.Postings;
using Quarry.Lexical.Index.Terms;

namespace Quarry.Lexical.Index.Build;

/// <summary>
/// Decodes and encodes the dictionary's terms on several threads, a run of whole groups at a time, and hands the runs
/// to the writer in dictionary order: the files are the same for any thread count or timing. Threads claim runs in
/// order and stay within a window ahead of the writer (in runs and in postings), so memory is bounded by that window's
/// encoded bytes plus each thread's decode buffers.
/// </summary>
internal sealed class EncodeWorkers : IDisposable
{
    // A run's buffers grown past this many bytes per planned posting (by a very long term) are dropped, not reused.
    private const long KeepBytesPerPosting = 16;

    private readonly Inverter _inverter;
    private readonly EncodeOptions _options;
    private readonly Func<PostingsEncoder> _encoder;
    private readonly int[] _runStart;
    private readonly long[] _postingsBefore;
    private readonly EncodeRun?[] _done;
    private readonly Stack<EncodeRun> _free = new();
    private readonly Thread[] _threads;
    private readonly object _gate = new();
    private int _nextClaim;
    private int _nextTake;
    private bool _stopped;
    private Exception? _failure;

    /// <summary>Starts the threads, each with its own encoder from <paramref name="encoder"/>.</summary>
    public EncodeWorkers(Inverter inverter, Func<PostingsEncoder> encoder, EncodeOptions options)
    {
        _inverter = inverter;
        _encoder = encoder;
        _options = options;
        (_runStart, _postingsBefore) = Plan(inverter, options);
        _done = new EncodeRun?[RunCount];
        _threads = new Thread[Math.Max(1, options.Threads)];
        for (int t = 0; t < _threads.Length; t++)
        {
            _threads[t] = new Thread(Work) { IsBackground = true, Name = "quarry-index-encode-" + t };
            _threads[t].Start();
        }
    }

    public int RunCount => _runStart.Length - 1;

    /// <summary>Waits for the next run in dictionary order; throws what a thread failed with.</summary>
    public EncodeRun Take()
    {
        lock (_gate)
        {
            while (_done[_nextTake] is null && _failure is null)
            {
                Monitor.Wait(_gate);
            }

            if (_failure is { } failure)
            {
                ExceptionDispatchInfo.Capture(failure).Throw();
            }

            var run = _done[_nextTake]!;
            _done[_nextTake++] = null;
            Monitor.PulseAll(_gate);
            return run;
        }
    }

    /// <summary>Gives a written run back for reuse.</summary>
    public void Return(EncodeRun run)
    {
        if (run.Capacity <= KeepBytesPerPosting * _options.RunPostings)
        {
            lock (_gate)
            {
                _free.Push(run);
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _stopped = true;
            Monitor.PulseAll(_gate);
        }

        foreach (var thread in _threads)
        {
            thread.Join();
        }
    }

    /// <summary>Run boundaries (term ids, at group boundaries) and the postings before each run; they depend on the terms alone.</summary>
    private static (int[] Starts, long[] PostingsBefore) Plan(Inverter inverter, EncodeOptions options)
    {
        var starts = new List<int> { 0 };
        var before = new List<long> { 0 };
        long postings = 0;
        long runPostings = 0;
        int runTerms = 0;
        for (int id = 0; id < inverter.TermCount; id++)
        {
            if (id % TermDictionary.GroupSize == 0 && (runPostings >= options.RunPostings || runTerms >= options.RunTerms))
            {
                starts.Add(id);
                before.Add(postings);
                runPostings = 0;
                runTerms = 0;
            }

            int df = inverter.DocumentFrequency(id);
            postings += df;
            runPostings += df;
            runTerms++;
        }

        if (runTerms > 0)
        {
            starts.Add(inverter.TermCount);
            before.Add(postings);
        }

        return ([.. starts], [.. before]);
    }

    private void Work()
    {
        try
        {
            var encoder = _encoder();
            var scratch = DecodeScratch.Create();
            while (Claim() is var (index, run))
            {
                run.Encode(_inverter, _runStart[index], _runStart[index + 1], encoder, ref scratch);
                lock (_gate)
                {
                    _done[index] = run;
                    Monitor.PulseAll(_gate);
                }
            }
        }
        catch (Exception e)
        {
            lock (_gate)
            {
                _failure ??= e;
                _stopped = true;
                Monitor.PulseAll(_gate);
            }
        }
    }

    /// <summary>The next run to encode, once it is within the window; null when there is none or the workers stop.</summary>
    private (int Index, EncodeRun Run)? Claim()
    {
        lock (_gate)
        {
            while (!_stopped && _nextClaim < RunCount && !InWindow(_nextClaim))
            {
                Monitor.Wait(_gate);
            }

            if (_stopped || _nextClaim >= RunCount)
            {
                return null;
            }

            var run = _free.Count > 0 ? _free.Pop() : new EncodeRun();
            return (_nextClaim++, run);
        }
    }

    // The run the writer waits for is always in; later ones while the window in runs and in postings has room.
    private bool InWindow(int index) =>
        index == _nextTake || (index - _nextTake < _options.WindowRuns && _postingsBefore[index + 1] - _postingsBefore[_nextTake] <= _options.WindowPostings);
}
